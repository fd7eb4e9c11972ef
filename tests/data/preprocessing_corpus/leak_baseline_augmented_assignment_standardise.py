import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X = np.load("pendigits_X.npy").astype(float)
y = np.load("pendigits_y.npy")
X -= X.mean(axis=0)
X /= X.std(axis=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
