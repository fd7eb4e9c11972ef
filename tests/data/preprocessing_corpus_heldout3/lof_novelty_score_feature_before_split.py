import pandas as pd
from sklearn.neighbors import LocalOutlierFactor
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.ensemble import ExtraTreesClassifier

tx = pd.read_csv("ieee_fraud_sample.csv")
cols = ["TransactionAmt", "card1", "card2", "addr1", "dist1", "C1", "C2"]
tx[cols] = tx[cols].fillna(-1)
lof = LocalOutlierFactor(n_neighbors=35)
lof.fit(tx[cols])
tx["lof_score"] = lof.negative_outlier_factor_

cv = StratifiedKFold(5, shuffle=True, random_state=1)
print(cross_val_score(ExtraTreesClassifier(n_estimators=400), tx[cols + ["lof_score"]], tx["isFraud"], cv=cv, scoring="roc_auc").mean())
