import pandas as pd
import xgboost as xgb
from sklearn.model_selection import KFold

sales = pd.read_csv("rossmann_features.csv")
X, y = sales.drop(columns="Sales"), sales["Sales"]
dall = xgb.DMatrix(X, label=y)
bst = xgb.train({"max_depth": 8, "eta": 0.1}, dall, num_boost_round=200)
scores = bst.get_score(importance_type="weight")
keep = [name for name, s in scores.items() if s >= 20]

for tr, va in KFold(5, shuffle=True, random_state=0).split(X):
    model = xgb.XGBRegressor(n_estimators=400).fit(X.iloc[tr][keep], y.iloc[tr])
    print(model.score(X.iloc[va][keep], y.iloc[va]))
