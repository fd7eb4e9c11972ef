import json
import pandas as pd
from sklearn.ensemble import RandomForestRegressor

train = pd.read_csv("superconductivity_train_part.csv")
X, y = train.drop(columns="critical_temp"), train["critical_temp"]
forest = RandomForestRegressor(n_estimators=200, n_jobs=-1).fit(X, y)
top = pd.Series(forest.feature_importances_, index=X.columns).nlargest(20).index.tolist()
json.dump(top, open("selected_columns.json", "w"))
