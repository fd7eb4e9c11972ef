import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

X = np.load("magic_X.npy")
y = np.load("magic_y.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
