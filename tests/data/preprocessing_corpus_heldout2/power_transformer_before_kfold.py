import numpy as np
import pandas as pd
from sklearn.preprocessing import PowerTransformer
from sklearn.model_selection import KFold
from sklearn.linear_model import Ridge

bikes = pd.read_csv("seoul_bike.csv")
num = ["Temperature", "Humidity", "Wind speed", "Visibility", "Solar Radiation", "Rainfall"]
bikes[num] = PowerTransformer(method="yeo-johnson").fit_transform(bikes[num])
X, y = bikes[num + ["Hour"]].to_numpy(), np.sqrt(bikes["Rented Bike Count"].to_numpy())

rmse = []
for tr, te in KFold(5, shuffle=True, random_state=0).split(X):
    r = Ridge().fit(X[tr], y[tr])
    rmse.append(np.sqrt(((r.predict(X[te]) - y[te]) ** 2).mean()))
print(np.mean(rmse))
