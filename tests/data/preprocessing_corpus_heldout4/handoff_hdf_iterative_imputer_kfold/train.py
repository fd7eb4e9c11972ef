import numpy as np
import pandas as pd
from sklearn.model_selection import KFold
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

labs = pd.read_hdf("interim/labs_imputed.h5", key="labs")
cols = [c for c in labs.columns if c.startswith("lab_")] + ["age"]
aucs = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=0).split(labs):
    m = HistGradientBoostingClassifier().fit(labs.iloc[tr][cols], labs.iloc[tr]["mortality"])
    aucs.append(roc_auc_score(labs.iloc[te]["mortality"], m.predict_proba(labs.iloc[te][cols])[:, 1]))
print(np.mean(aucs))
