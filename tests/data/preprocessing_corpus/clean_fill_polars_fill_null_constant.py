import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

trips = pl.read_csv("bike_trips.csv")
trips = trips.with_columns(pl.col("temperature").fill_null(15.0), pl.col("distance").fill_null(0.0))
X = trips.select(["temperature", "duration", "distance"]).to_numpy()
y = trips["member"].to_numpy()
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=1)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
