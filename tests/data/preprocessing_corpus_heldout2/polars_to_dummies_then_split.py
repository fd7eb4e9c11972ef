import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

cars = pl.read_csv("used_cars.csv")
cars = cars.with_columns(pl.col("year").cast(pl.Int32), (pl.col("mileage") / 1000).alias("kkm"))
cars = cars.to_dummies(columns=["brand", "fuel_type", "transmission"])

y = cars.get_column("price").to_numpy()
X = cars.drop(["price", "mileage", "model"]).to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=12)
ridge = Ridge(alpha=3.0).fit(X_train, y_train)
print("R2 on held-out cars:", ridge.score(X_test, y_test))
