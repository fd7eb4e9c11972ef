import pandas as pd
from sklearn.model_selection import train_test_split

df = pd.read_csv("raw.csv")
train, test = train_test_split(df, test_size=0.2, random_state=0)
train.to_parquet("train.parquet")
test.to_parquet("test.parquet")
