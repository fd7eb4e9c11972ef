import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.ensemble import RandomForestRegressor

df = pl.read_csv("data/engines_kept.csv")
X = df.select(["s1", "s2", "s3", "s4"]).to_numpy()
y = df.get_column("rul").to_numpy()
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=3)
scaler = MinMaxScaler().fit(X_train)
model = RandomForestRegressor().fit(scaler.transform(X_train), y_train)
print(model.score(scaler.transform(X_val), y_val))
