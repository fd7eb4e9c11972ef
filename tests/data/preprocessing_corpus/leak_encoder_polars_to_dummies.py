import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

flights = pl.read_parquet("flights.parquet")
flights = flights.to_dummies(columns=["carrier", "origin", "dest"])
X = flights.drop("delayed").to_numpy()
y = flights.get_column("delayed").to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)
print(LogisticRegression(max_iter=300).fit(X_train, y_train).score(X_test, y_test))
