import pandas as pd
from sklearn.model_selection import train_test_split

tx = pd.read_parquet("bank_transactions.parquet")
train, test = train_test_split(tx, test_size=0.3, stratify=tx["fraud"], random_state=7)
train.to_parquet("train.parquet")
test.to_parquet("test.parquet")
