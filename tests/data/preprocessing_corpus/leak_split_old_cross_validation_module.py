import numpy as np
from sklearn import preprocessing
from sklearn.cross_validation import train_test_split
from sklearn.svm import SVC

data = np.genfromtxt("ionosphere.csv", delimiter=",")
X, y = data[:, :-1], data[:, -1]
imputer = preprocessing.Imputer(strategy="mean", axis=0)
X = imputer.fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
