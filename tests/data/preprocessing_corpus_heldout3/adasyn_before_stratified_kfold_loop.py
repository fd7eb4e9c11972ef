import numpy as np
from imblearn.over_sampling import BorderlineSMOTE
from sklearn.model_selection import StratifiedKFold
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import f1_score

X = np.load("oil_spill_X.npy")
y = np.load("oil_spill_y.npy")
X, y = BorderlineSMOTE(random_state=0).fit_resample(X, y)
f1s = []
for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
    gb = GradientBoostingClassifier().fit(X[tr], y[tr])
    f1s.append(f1_score(y[te], gb.predict(X[te])))
print(np.mean(f1s))
