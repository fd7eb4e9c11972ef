import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import SplineTransformer, MinMaxScaler
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

bikes = pd.read_csv("bike_day.csv")
feat = Pipeline([("mm", MinMaxScaler()), ("spl", SplineTransformer(n_knots=6, degree=3))])
H = feat.fit_transform(bikes[["temp", "hum", "windspeed"]])
H_tr, H_te, c_tr, c_te = train_test_split(H, bikes["cnt"], test_size=0.25, random_state=0)
print(Ridge(alpha=1.0).fit(H_tr, c_tr).score(H_te, c_te))
