import polars as pl
from sklearn.ensemble import ExtraTreesRegressor

df = pl.read_csv("soil_moisture.csv").sort("timestamp")
n_train = int(df.height * 0.8)
parts = []
for part in (df.head(n_train), df.tail(df.height - n_train)):
    parts.append(part.with_columns(pl.col("moisture").interpolate(), pl.col("temperature").interpolate()))
train, test = parts
cols = ["moisture", "temperature", "rain_mm"]
model = ExtraTreesRegressor().fit(train.select(cols).to_numpy(), train["moisture_next_day"].to_numpy())
print(model.score(test.select(cols).to_numpy(), test["moisture_next_day"].to_numpy()))
