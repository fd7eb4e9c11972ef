import pandas as pd
from sklearn.neighbors import LocalOutlierFactor
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score
from xgboost import XGBClassifier

tx = pd.read_csv("creditcard.csv")
pcs = [f"V{i}" for i in range(1, 29)]
lof = LocalOutlierFactor(n_neighbors=35, contamination=0.002)
tx["lof_outlier"] = (lof.fit_predict(tx[pcs]) == -1).astype(int)
tx["lof_score"] = -lof.negative_outlier_factor_

X = tx[pcs + ["Amount", "lof_outlier", "lof_score"]]
X_tr, X_ho, y_tr, y_ho = train_test_split(X, tx["Class"], test_size=0.3, stratify=tx["Class"], random_state=4)
clf = XGBClassifier(n_estimators=400, scale_pos_weight=50, eval_metric="aucpr").fit(X_tr, y_tr)
print("AP", average_precision_score(y_ho, clf.predict_proba(X_ho)[:, 1]))
