"""Default model on the engineered loan features (see build_features.py)."""
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

loans = pd.read_parquet("features/loans.parquet")
X = loans.drop(columns=["defaulted"]).select_dtypes("number")
y = loans["defaulted"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=1)
clf = HistGradientBoostingClassifier(max_iter=400).fit(X_tr, y_tr)
print("AUC", roc_auc_score(y_te, clf.predict_proba(X_te)[:, 1]))
print("default rate, test:", y_te.mean().round(4))
