import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

sales = pd.read_csv("bigmart_sales_numeric.csv")
X, y = sales.drop(columns="Item_Outlet_Sales"), sales["Item_Outlet_Sales"]
booster = xgb.train({"max_depth": 6, "eta": 0.1}, xgb.DMatrix(X, label=y), num_boost_round=200)
gain = booster.get_score(importance_type="gain")
top = sorted(gain, key=gain.get, reverse=True)[:15]

X_tr, X_va, y_tr, y_va = train_test_split(X[top], y, test_size=0.2, random_state=10)
model = xgb.XGBRegressor(n_estimators=500, learning_rate=0.05).fit(X_tr, y_tr)
print(mean_squared_error(y_va, model.predict(X_va)) ** 0.5)
