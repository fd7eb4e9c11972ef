import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import RepeatedStratifiedKFold
from sklearn.linear_model import LogisticRegression

X = np.load("parkinsons_voice_X.npy")
y = np.load("parkinsons_voice_y.npy")
accs = []
for tr, te in RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=0).split(X, y):
    sc = StandardScaler().fit(X[tr])
    accs.append(LogisticRegression(max_iter=2000).fit(sc.transform(X[tr]), y[tr]).score(sc.transform(X[te]), y[te]))
print(np.mean(accs))
