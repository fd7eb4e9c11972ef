import os

import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

DATA_DIR = os.environ.get("DATA_DIR", "input")
loans = pd.read_parquet(os.path.join(DATA_DIR, "interim", "loans_clean.parquet"))
X = loans.drop(columns=["not_fully_paid"]).select_dtypes("number")
X_train, X_test, y_train, y_test = train_test_split(X, loans["not_fully_paid"], stratify=loans["not_fully_paid"])
booster = xgb.XGBClassifier(n_estimators=300).fit(X_train, y_train)
print(roc_auc_score(y_test, booster.predict_proba(X_test)[:, 1]))
