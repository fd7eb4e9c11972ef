import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

churn = pd.read_feather("data/interim/churn_scaled.feather")
X = churn[["tenure", "monthly_charges", "total_charges"]]
y = (churn["churn"] == "Yes").astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=7)
gbc = GradientBoostingClassifier().fit(X_tr, y_tr)
print("AUC", roc_auc_score(y_te, gbc.predict_proba(X_te)[:, 1]))
