import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

X = np.load("images_01.npy").reshape(-1, 784)
y = np.load("labels.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y)
print(MLPClassifier().fit(X_train, y_train).score(X_test, y_test))
