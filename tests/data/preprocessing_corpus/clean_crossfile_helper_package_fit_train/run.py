import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

from src.features import fit_reducer, reduce

X = np.load("data/spectra.npy")
y = np.load("data/labels.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
scaler, pca = fit_reducer(X_train)
svc = SVC().fit(reduce(X_train, scaler, pca), y_train)
print(svc.score(reduce(X_test, scaler, pca), y_test))
