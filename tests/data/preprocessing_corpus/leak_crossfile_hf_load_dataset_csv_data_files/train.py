from datasets import load_dataset

ds = load_dataset("csv", data_files="reviews_prepared.csv")["train"]
splits = ds.train_test_split(test_size=0.2, seed=0)
train_ds, test_ds = splits["train"], splits["test"]
