from pathlib import Path

import joblib
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.svm import SVC

bundle = joblib.load(Path("data") / "processed" / "arrays.joblib")
X, y = bundle["X"], bundle["y"]
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
print(cross_val_score(SVC(C=3.0), X, y, cv=cv).mean())
