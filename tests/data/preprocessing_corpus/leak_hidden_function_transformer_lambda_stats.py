import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import FunctionTransformer
from sklearn.svm import SVC

X = np.load("ionosphere_X.npy")
y = np.load("ionosphere_y.npy")
centre = FunctionTransformer(lambda A: (A - A.mean(axis=0)) / A.std(axis=0))
X = centre.fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
