import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import QuantileTransformer, KBinsDiscretizer
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score

visits = pd.read_csv("sepsis_hourly_features.csv")
ct = ColumnTransformer([
    ("labs", QuantileTransformer(n_quantiles=200), ["lactate", "wbc", "creatinine", "platelets"]),
    ("vitals", KBinsDiscretizer(n_bins=6, encode="ordinal", strategy="kmeans"), ["hr", "map", "resp", "temp"]),
])
X = ct.fit_transform(visits)
y, groups = visits["sepsis_label"].to_numpy(), visits["patient_id"].to_numpy()

aucs = []
for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
    rf = RandomForestClassifier(n_estimators=300, n_jobs=-1).fit(X[tr], y[tr])
    aucs.append(roc_auc_score(y[te], rf.predict_proba(X[te])[:, 1]))
print(np.mean(aucs))
