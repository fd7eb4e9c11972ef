import polars as pl
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import RandomForestRegressor

cols = ["temp", "wind", "pressure"]
fills = [pl.col(c).interpolate() for c in cols]
weather = pl.read_csv("weather_stations.csv").sort("time")
weather = weather.with_columns(fills)
X = weather.select(cols).to_numpy()
y = weather.get_column("solar").to_numpy()
print(cross_val_score(RandomForestRegressor(), X, y, cv=KFold(5, shuffle=True)).mean())
