import pandas as pd
from xgboost import XGBRegressor
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.ensemble import GradientBoostingClassifier


def impute_with_model(frame, column, predictors):
    missing = frame[column].isnull()
    reg = XGBRegressor(n_estimators=200, max_depth=4)
    reg.fit(frame.loc[~missing, predictors], frame.loc[~missing, column])
    frame.loc[missing, column] = reg.predict(frame.loc[missing, predictors])
    return frame


patients = pd.read_csv("diabetes_records.csv")
base = ["age", "sex", "bmi_known"]
for col in ["glucose", "insulin", "skin_thickness"]:
    patients = impute_with_model(patients, col, base)
X = patients[base + ["glucose", "insulin", "skin_thickness"]]
y = patients["outcome"]
print(cross_val_score(GradientBoostingClassifier(), X, y, cv=StratifiedKFold(5, shuffle=True)).mean())
