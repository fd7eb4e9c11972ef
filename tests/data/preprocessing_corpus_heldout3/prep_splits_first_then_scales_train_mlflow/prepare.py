import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

raw = pd.read_csv("data/raw/wine_quality_white.csv", sep=";")
train, test = train_test_split(raw, test_size=0.2, random_state=0)
cols = [c for c in raw.columns if c != "quality"]
scaler = StandardScaler().fit(train[cols])
train[cols], test[cols] = scaler.transform(train[cols]), scaler.transform(test[cols])
joblib.dump((train, test), "data/processed/wine_parts.joblib")
