import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("raw/ai4i2020.csv")
cols = ["Air temperature [K]", "Process temperature [K]", "Rotational speed [rpm]", "Torque [Nm]", "Tool wear [min]"]
train, test = train_test_split(df, test_size=0.2, stratify=df["Machine failure"], random_state=0)
train, test = train.copy(), test.copy()
scaler = StandardScaler().fit(train[cols])
train[cols] = scaler.transform(train[cols])
test[cols] = scaler.transform(test[cols])
train.to_parquet("processed/train.parquet")
test.to_parquet("processed/test.parquet")
