import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("data/raw/parkinsons.csv").drop(columns=["name"])
train, test = train_test_split(df, test_size=0.2, stratify=df["status"], random_state=0)
cols = train.columns.drop("status")
scaler = StandardScaler().fit(train[cols])
joblib.dump((scaler.transform(train[cols]), train["status"].to_numpy()), "data/train.joblib")
joblib.dump((scaler.transform(test[cols]), test["status"].to_numpy()), "data/test.joblib")
