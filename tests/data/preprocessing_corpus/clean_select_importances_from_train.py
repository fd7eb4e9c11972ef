import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split

credit = pd.read_csv("credit.csv")
X_tr, X_te, y_tr, y_te = train_test_split(credit.drop(columns="default"), credit["default"], test_size=0.25)
booster = xgb.XGBClassifier(n_estimators=300).fit(X_tr, y_tr)
importance = pd.Series(booster.feature_importances_, index=X_tr.columns)
keep = importance[importance > 0.01].index
final = xgb.XGBClassifier(n_estimators=300).fit(X_tr[keep], y_tr)
print(final.score(X_te[keep], y_te))
