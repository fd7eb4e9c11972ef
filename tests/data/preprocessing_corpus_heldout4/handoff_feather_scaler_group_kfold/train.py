import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold
from sklearn.svm import SVC

table = pd.read_feather("data/processed/gait_features.feather")
cols = ["stride_len", "cadence", "stance_ratio", "swing_var", "step_asym"]
X, y, subject = table[cols].to_numpy(), table["parkinsonian"].to_numpy(), table["subject_id"].to_numpy()
accs = []
for tr, te in GroupKFold(n_splits=5).split(X, y, subject):
    accs.append(SVC(C=2.0).fit(X[tr], y[tr]).score(X[te], y[te]))
print("subject-wise CV accuracy", np.mean(accs))
