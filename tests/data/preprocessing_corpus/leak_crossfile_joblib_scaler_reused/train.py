import joblib
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X = np.load("data/all_features.npy")
y = np.load("data/labels.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
scaler = joblib.load("models/scaler.joblib")
clf = SVC().fit(scaler.transform(X_train), y_train)
print(clf.score(scaler.transform(X_test), y_test))
