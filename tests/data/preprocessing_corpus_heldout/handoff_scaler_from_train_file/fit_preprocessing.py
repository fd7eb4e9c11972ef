"""Fit the robust scaler (step 1 of 2)."""
import pickle
import pandas as pd
from sklearn.preprocessing import RobustScaler

# the provider ships train.csv and test.csv separately; only train is used here
train = pd.read_csv("provided/train.csv")
feats = [c for c in train.columns if c not in ("id", "target")]
scaler = RobustScaler().fit(train[feats])
with open("scaler.pkl", "wb") as fh:
    pickle.dump((scaler, feats), fh)
