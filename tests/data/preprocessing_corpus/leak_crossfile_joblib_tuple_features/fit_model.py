import os

import joblib
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import train_test_split

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
X, y = joblib.load(os.path.join(DATA_DIR, "features.pkl"))
X_tr, X_te, y_tr, y_te = train_test_split(X, y, stratify=y, random_state=0)
clf = ExtraTreesClassifier(n_estimators=500).fit(X_tr, y_tr)
print("accuracy", clf.score(X_te, y_te))
