import pandas as pd
from sklearn.model_selection import train_test_split
from lightgbm import LGBMRegressor

df = pd.read_parquet("features/vehicles.parquet")
X, y = df[["brand_price", "age", "odometer"]], df["log_price"]
X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=0)
reg = LGBMRegressor(n_estimators=1000, learning_rate=0.03).fit(X_train, y_train, eval_set=[(X_valid, y_valid)])
print("valid R2", reg.score(X_valid, y_valid))
