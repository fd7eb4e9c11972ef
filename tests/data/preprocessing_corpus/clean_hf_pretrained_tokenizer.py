from datasets import load_dataset
from transformers import AutoTokenizer

raw = load_dataset("csv", data_files="support_tickets.csv")["train"]
splits = raw.train_test_split(test_size=0.2, seed=42)
tokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")


def tokenize(batch):
    return tokenizer(batch["text"], truncation=True, padding="max_length", max_length=128)


train_ds = splits["train"].map(tokenize, batched=True)
test_ds = splits["test"].map(tokenize, batched=True)
