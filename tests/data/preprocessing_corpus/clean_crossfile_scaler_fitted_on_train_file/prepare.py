import joblib
import pandas as pd
from sklearn.preprocessing import StandardScaler

train = pd.read_csv("splits/train.csv")
scaler = StandardScaler().fit(train.drop(columns="y"))
joblib.dump(scaler, "scaler.pkl")
