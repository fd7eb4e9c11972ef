from pathlib import Path
import pickle

import pandas as pd

ARTIFACTS = Path("artifacts")
ARTIFACTS.mkdir(exist_ok=True)

housing = pd.read_csv("housing.csv")
features = housing.drop(columns="median_house_value").select_dtypes("number")
(ARTIFACTS / "features.pkl").write_bytes(pickle.dumps((features, housing["median_house_value"])))
