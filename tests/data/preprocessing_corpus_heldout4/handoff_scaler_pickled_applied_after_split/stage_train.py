import pickle

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

FEATURES = ["radius_mean", "texture_mean", "perimeter_mean", "area_mean", "smoothness_mean", "concavity_mean"]

df = pd.read_csv("data/wdbc_checked.csv")
with open("models/scaler.pkl", "rb") as f:
    scaler = pickle.load(f)
train, test = train_test_split(df, test_size=0.25, stratify=df["diagnosis"], random_state=1)
svc = SVC(probability=True).fit(scaler.transform(train[FEATURES]), train["diagnosis"])
print("test accuracy", svc.score(scaler.transform(test[FEATURES]), test["diagnosis"]))
