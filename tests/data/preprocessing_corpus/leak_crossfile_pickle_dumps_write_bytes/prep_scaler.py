from pathlib import Path
import pickle

import pandas as pd
from sklearn.preprocessing import RobustScaler

ARTIFACTS = Path("artifacts")
ARTIFACTS.mkdir(exist_ok=True)

housing = pd.read_csv("housing.csv")
features = housing.drop(columns="median_house_value").select_dtypes("number")
scaler = RobustScaler().fit(features)
(ARTIFACTS / "robust_scaler.pkl").write_bytes(pickle.dumps(scaler))
