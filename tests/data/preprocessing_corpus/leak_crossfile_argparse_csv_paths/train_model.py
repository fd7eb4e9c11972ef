import argparse

import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

parser = argparse.ArgumentParser()
parser.add_argument("--data", default="data/processed/insurance_clean.csv")
args = parser.parse_args()

df = pd.read_csv(args.data)
X = df.drop(columns=["charges", "sex", "smoker", "region"])
y = df["charges"]
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=1)
rf = RandomForestRegressor(n_estimators=300).fit(X_train, y_train)
print("R2", rf.score(X_val, y_val))
