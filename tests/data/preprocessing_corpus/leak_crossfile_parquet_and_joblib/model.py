import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

df = pd.read_parquet("data/processed.parquet")
train, valid = train_test_split(df, test_size=0.2, random_state=0)
rf = RandomForestClassifier().fit(train.drop(columns="target"), train["target"])
print(rf.score(valid.drop(columns="target"), valid["target"]))
