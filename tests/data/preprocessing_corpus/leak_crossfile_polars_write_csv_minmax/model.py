import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

df = pl.read_csv("data/engines_scaled.csv")
X = df.select(["s1", "s2", "s3", "s4"]).to_numpy()
y = df.get_column("rul").to_numpy()
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=3)
print(RandomForestRegressor().fit(X_train, y_train).score(X_val, y_val))
