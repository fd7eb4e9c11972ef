import polars as pl
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

sensors = pl.read_csv("PRSA_data_2010.1.1-2014.12.31.csv", try_parse_dates=True).sort("timestamp")
sensors = sensors.with_columns(pl.col(['DEWP', 'TEMP', 'PRES']).forward_fill())
feature_cols = ['DEWP', 'TEMP', 'PRES']
X = sensors.select(feature_cols).to_numpy()
target = sensors.get_column("pm2.5").to_numpy()
X_fit, X_hold, y_fit, y_hold = train_test_split(X, target, test_size=0.25, random_state=7)

model = Ridge(alpha=1.0).fit(X_fit, y_fit)
print("R2 on hold-out:", model.score(X_hold, y_hold))
