import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC


def standardise(a, centre, spread):
    return (a - centre) / spread


data = np.genfromtxt("sonar.all-data", delimiter=",", dtype=str)
X = data[:, :-1].astype(float)
y = (data[:, -1] == "M").astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=10, stratify=y)

centre, spread = X_tr.mean(axis=0), X_tr.std(axis=0)
svc = SVC(C=3).fit(standardise(X_tr, centre, spread), y_tr)
print("test accuracy", svc.score(standardise(X_te, centre, spread), y_te))
