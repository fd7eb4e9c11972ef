import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Perceptron

X = np.loadtxt("banknote.txt", delimiter=",")[:, :4]
y = np.loadtxt("banknote.txt", delimiter=",")[:, 4]
for i in range(X.shape[1]):
    X[:, i] = X[:, i] / np.abs(X[:, i]).max()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1)
print(Perceptron().fit(X_train, y_train).score(X_test, y_test))
