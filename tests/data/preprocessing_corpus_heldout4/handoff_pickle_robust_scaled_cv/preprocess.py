import pickle

import pandas as pd
from sklearn.preprocessing import RobustScaler

frame = pd.read_csv("input/steel_industry_energy.csv")
target = frame.pop("Load_Type").to_numpy()
numeric = frame.select_dtypes("number")
scaled = RobustScaler(quantile_range=(10, 90)).fit_transform(numeric)
with open("work/steel_scaled.pkl", "wb") as fh:
    pickle.dump({"X": scaled, "y": target, "columns": list(numeric.columns)}, fh)
