import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import recall_score, precision_score

d = np.load("data/claims_balanced.npz")
X_tr, X_te, y_tr, y_te = train_test_split(d["X"], d["y"], test_size=0.25, random_state=2)
gb = GradientBoostingClassifier().fit(X_tr, y_tr)
pred = gb.predict(X_te)
print("precision", precision_score(y_te, pred), "recall", recall_score(y_te, pred))
