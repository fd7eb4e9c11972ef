import joblib
import numpy as np
from sklearn.model_selection import KFold
from sklearn.tree import DecisionTreeClassifier

X, y = joblib.load("ckd_filled.pkl")
accs = [DecisionTreeClassifier(max_depth=5).fit(X[a], y[a]).score(X[b], y[b]) for a, b in KFold(5, shuffle=True, random_state=0).split(X)]
print(np.mean(accs))
