import polars as pl
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

sensors = pl.read_csv("bike_sharing_hourly.csv", try_parse_dates=True).sort("dteday")
sensors = sensors.with_columns(pl.col(['temp', 'hum', 'windspeed']).forward_fill())
feature_cols = ['temp', 'hum', 'windspeed']
X = sensors.select(feature_cols).to_numpy()
target = sensors.get_column("cnt").to_numpy()
X_fit, X_hold, y_fit, y_hold = train_test_split(X, target, test_size=0.25, random_state=7)

model = Ridge(alpha=1.0).fit(X_fit, y_fit)
print("R2 on hold-out:", model.score(X_hold, y_hold))
