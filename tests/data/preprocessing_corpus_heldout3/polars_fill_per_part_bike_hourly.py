import polars as pl
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

sensors = pl.read_csv("bike_sharing_hourly.csv", try_parse_dates=True).sort("dteday")

feature_cols = ['temp', 'hum', 'windspeed']
X = sensors.select(feature_cols).to_numpy()
target = sensors.get_column("cnt").to_numpy()
cut = int(sensors.height * 0.8)
train_df, hold_df = sensors[:cut], sensors[cut:]
train_df = train_df.with_columns(pl.col(feature_cols).forward_fill())
hold_df = hold_df.with_columns(pl.col(feature_cols).fill_null(strategy="forward"))
X_fit, y_fit = train_df.select(feature_cols).to_numpy(), train_df.get_column("cnt").to_numpy()
X_hold, y_hold = hold_df.select(feature_cols).to_numpy(), hold_df.get_column("cnt").to_numpy()

model = Ridge(alpha=1.0).fit(X_fit, y_fit)
print("R2 on hold-out:", model.score(X_hold, y_hold))
