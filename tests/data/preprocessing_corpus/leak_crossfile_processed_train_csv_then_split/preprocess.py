import pandas as pd
from sklearn.preprocessing import StandardScaler

raw = pd.read_csv("input/train.csv")
raw = raw.drop(columns=["Id"])
numeric = raw.select_dtypes(include="number").columns.drop("SalePrice")
raw[numeric] = raw[numeric].fillna(0)
raw[numeric] = StandardScaler().fit_transform(raw[numeric])
raw.to_csv("working/train_processed.csv", index=False)
