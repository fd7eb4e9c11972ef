import numpy as np
import pandas as pd
from sklearn.preprocessing import OrdinalEncoder
from sklearn.model_selection import KFold
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error

df = pd.read_csv("used_cars.csv")
cats = ["brand", "model", "fuel", "transmission", "body_type"]
df[cats] = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1).fit_transform(df[cats])

X = df.drop(columns=["price"]).values
y = np.log(df["price"].values)
rmses = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=0).split(X):
    rf = RandomForestRegressor(n_estimators=200, n_jobs=-1).fit(X[tr], y[tr])
    rmses.append(mean_squared_error(y[te], rf.predict(X[te])) ** 0.5)
print(np.mean(rmses))
