import pandas as pd
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import SVC
from sklearn.metrics import balanced_accuracy_score

beats = pd.read_csv("mitbih_beat_features.csv").sort_values(["record", "sample"])
rr_cols = ["rr_prev", "rr_next", "rr_local"]
beats[rr_cols] = beats[rr_cols].interpolate(method="nearest")
X, y = beats[rr_cols + ["qrs_width", "amplitude"]].to_numpy(), beats["aami_class"].to_numpy()

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
for k, (i_tr, i_va) in enumerate(skf.split(X, y)):
    svc = SVC(C=10, class_weight="balanced").fit(X[i_tr], y[i_tr])
    print(k, balanced_accuracy_score(y[i_va], svc.predict(X[i_va])))
