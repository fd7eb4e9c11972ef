import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.ensemble import ExtraTreesRegressor

df = pl.read_csv("soil_moisture.csv").sort("timestamp")
df = df.with_columns(pl.col("moisture").interpolate(), pl.col("temperature").interpolate())
X = df.select(["moisture", "temperature", "rain_mm"]).to_numpy()
y = df["moisture_next_day"].to_numpy()
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=9)
print(ExtraTreesRegressor().fit(X_tr, y_tr).score(X_te, y_te))
