import json
import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBRegressor

cols = json.load(open("selected_columns.json"))
sup = pd.read_csv("superconductivity_train.csv")
X_tr, X_te, y_tr, y_te = train_test_split(sup[cols], sup["critical_temp"], test_size=0.2, random_state=0)
print(XGBRegressor(n_estimators=500).fit(X_tr, y_tr).score(X_te, y_te))
