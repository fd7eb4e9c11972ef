import pickle

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor

SAVE_TO = "artifacts/power.pkl"
saved = pickle.load(open(SAVE_TO, "rb"))
df = pd.read_csv("abalone.csv")
X = saved["transformer"].transform(df[saved["columns"]])
X_a, X_b, y_a, y_b = train_test_split(X, df["Rings"], test_size=0.25)
print(KNeighborsRegressor(9).fit(X_a, y_a).score(X_b, y_b))
