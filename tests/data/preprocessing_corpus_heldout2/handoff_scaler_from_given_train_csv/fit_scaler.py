import joblib
import pandas as pd
from sklearn.preprocessing import StandardScaler

# the competition ships train.csv and test.csv as separate files
train = pd.read_csv("input/train.csv")
cols = [c for c in train.columns if c.startswith("f_")]
joblib.dump(StandardScaler().fit(train[cols]), "work/scaler.joblib")
