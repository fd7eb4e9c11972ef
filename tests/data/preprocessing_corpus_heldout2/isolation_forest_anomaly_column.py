import pandas as pd
from sklearn.ensemble import IsolationForest, GradientBoostingClassifier
from sklearn.model_selection import cross_val_score, StratifiedKFold

tx = pd.read_csv("transactions.csv")
cols = ["amount", "hour", "merchant_risk", "distance_home", "n_tx_24h"]

iso = IsolationForest(n_estimators=300, contamination="auto", random_state=0)
iso.fit(tx[cols])
tx["anomaly_score"] = iso.score_samples(tx[cols])

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
auc = cross_val_score(GradientBoostingClassifier(), tx[cols + ["anomaly_score"]], tx["is_fraud"],
                      cv=skf, scoring="roc_auc")
print(auc.mean())
