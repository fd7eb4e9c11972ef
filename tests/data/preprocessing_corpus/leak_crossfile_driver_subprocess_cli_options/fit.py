import argparse

import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

ap = argparse.ArgumentParser()
ap.add_argument("--features")
opts = ap.parse_args()
energy = pd.read_parquet(opts.features)
X_train, X_test, y_train, y_test = train_test_split(energy[["kwh_norm", "hour"]], energy["bill"], test_size=0.25)
print(RandomForestRegressor().fit(X_train, y_train).score(X_test, y_test))
