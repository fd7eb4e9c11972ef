import numpy as np
from sklearn.decomposition import PCA
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import RandomForestClassifier

X = np.load("har_smartphone_X.npy")
y = np.load("har_smartphone_y.npy")
subjects = np.load("har_smartphone_subject.npy")
X = PCA(n_components=60, random_state=0).fit_transform(X)
accs = []
for tr, te in GroupKFold(n_splits=6).split(X, y, groups=subjects):
    accs.append(RandomForestClassifier(n_estimators=200).fit(X[tr], y[tr]).score(X[te], y[te]))
print(np.mean(accs))
