from pathlib import Path
import pickle

import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import train_test_split

ARTIFACTS = Path("artifacts")
scaler = pickle.loads((ARTIFACTS / "robust_scaler.pkl").read_bytes())

housing = pd.read_csv("housing.csv")
features = housing.drop(columns="median_house_value").select_dtypes("number")
X = scaler.transform(features)
X_tr, X_te, y_tr, y_te = train_test_split(X, housing["median_house_value"], random_state=42)
model = HistGradientBoostingRegressor().fit(X_tr, y_tr)
print("R2", model.score(X_te, y_te))
