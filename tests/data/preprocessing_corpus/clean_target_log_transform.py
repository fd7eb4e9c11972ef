import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

df = pd.read_csv("houses.csv")
df["log_price"] = np.log1p(df["price"])
df["rooms_per_area"] = df["rooms"] / df["area"]
df["area"] = np.clip(df["area"], 10, 1000)
X_train, X_test, y_train, y_test = train_test_split(df[["area", "rooms", "rooms_per_area"]], df["log_price"])
print(RandomForestRegressor().fit(X_train, y_train).score(X_test, y_test))
