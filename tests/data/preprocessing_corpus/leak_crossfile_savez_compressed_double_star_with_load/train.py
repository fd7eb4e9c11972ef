import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import train_test_split

with np.load("higgs_arrays.npz") as data:
    X, y = data["X"], data["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print(HistGradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
