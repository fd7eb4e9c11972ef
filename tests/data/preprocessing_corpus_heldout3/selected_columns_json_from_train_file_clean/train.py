import json
import pandas as pd
from xgboost import XGBRegressor

cols = json.load(open("selected_columns.json"))
train = pd.read_csv("superconductivity_train_part.csv")
test = pd.read_csv("superconductivity_test_part.csv")
print(XGBRegressor(n_estimators=500).fit(train[cols], train["critical_temp"]).score(test[cols], test["critical_temp"]))
