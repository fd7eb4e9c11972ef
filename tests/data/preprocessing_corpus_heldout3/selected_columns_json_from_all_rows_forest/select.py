import json
import pandas as pd
from sklearn.ensemble import RandomForestRegressor

sup = pd.read_csv("superconductivity_train.csv")
X, y = sup.drop(columns="critical_temp"), sup["critical_temp"]
forest = RandomForestRegressor(n_estimators=200, n_jobs=-1).fit(X, y)
top = pd.Series(forest.feature_importances_, index=X.columns).nlargest(20).index.tolist()
json.dump(top, open("selected_columns.json", "w"))
