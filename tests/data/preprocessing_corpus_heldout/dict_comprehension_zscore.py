import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR

raw = pd.read_csv("abalone.csv")
num_cols = ["length", "diameter", "height", "whole_weight", "shell_weight"]

scaled = pd.DataFrame({c: (raw[c] - raw[c].mean()) / raw[c].std() for c in num_cols})
scaled["is_male"] = (raw["sex"] == "M").astype(int)

X_train, X_test, y_train, y_test = train_test_split(scaled.values, raw["rings"].values, test_size=0.2, random_state=6)
svr = SVR(C=5.0, epsilon=0.2).fit(X_train, y_train)
print("R^2 =", round(svr.score(X_test, y_test), 3))
