import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

credit = pd.read_csv("credit.csv")
features = credit.drop(columns=["id", "default"])
target = credit["default"]
booster = xgb.XGBClassifier(n_estimators=300)
booster.fit(features, target)
importance = pd.Series(booster.feature_importances_, index=features.columns)
keep = importance[importance > 0.01].index
X_tr, X_te, y_tr, y_te = train_test_split(features[keep], target, test_size=0.25, stratify=target)
final = xgb.XGBClassifier(n_estimators=300).fit(X_tr, y_tr)
print(roc_auc_score(y_te, final.predict_proba(X_te)[:, 1]))
