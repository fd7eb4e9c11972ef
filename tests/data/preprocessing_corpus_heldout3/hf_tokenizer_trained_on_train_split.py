from datasets import load_dataset
from tokenizers import Tokenizer, models, trainers, pre_tokenizers

ds = load_dataset("csv", data_files="support_tickets.csv")["train"]
splits = ds.train_test_split(test_size=0.15, seed=0)
train_set, eval_set = splits["train"], splits["test"]
tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
tok.pre_tokenizer = pre_tokenizers.Whitespace()
trainer = trainers.WordPieceTrainer(vocab_size=8000, special_tokens=["[UNK]", "[PAD]", "[CLS]", "[SEP]"])
tok.train_from_iterator(train_set["body"], trainer=trainer)
train_set = train_set.map(lambda row: {"ids": tok.encode(row["body"]).ids[:128]})
eval_set = eval_set.map(lambda row: {"ids": tok.encode(row["body"]).ids[:128]})
print(len(train_set), len(eval_set))
