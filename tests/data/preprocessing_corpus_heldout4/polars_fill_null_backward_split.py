import polars as pl
from sklearn.model_selection import train_test_split
from xgboost import XGBRegressor

readings = (
    pl.read_csv("beijing_pm25.csv")
    .sort(["year", "month", "day", "hour"])
)
readings = readings.with_columns(pl.col("DEWP", "TEMP", "PRES").fill_null(strategy="backward"))
readings = readings.drop_nulls("pm2.5")

X = readings.select(["DEWP", "TEMP", "PRES", "Iws", "hour", "month"]).to_numpy()
y = readings.get_column("pm2.5").to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=99)
xgb = XGBRegressor(n_estimators=500, max_depth=6, learning_rate=0.05).fit(X_train, y_train)
print("test R^2", xgb.score(X_test, y_test))
