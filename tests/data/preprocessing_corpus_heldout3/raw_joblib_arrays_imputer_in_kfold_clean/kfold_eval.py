import joblib
import numpy as np
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.model_selection import KFold
from sklearn.tree import DecisionTreeClassifier

X, y = joblib.load("ckd_raw.pkl")
accs = []
for a, b in KFold(5, shuffle=True, random_state=0).split(X):
    imp = IterativeImputer(random_state=0, max_iter=20).fit(X[a])
    accs.append(DecisionTreeClassifier(max_depth=5).fit(imp.transform(X[a]), y[a]).score(imp.transform(X[b]), y[b]))
print(np.mean(accs))
