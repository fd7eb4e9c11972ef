import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.load("sensor_matrix.npy")
y = np.load("fault.npy")
X = np.apply_along_axis(lambda col: (col - col.mean()) / col.std(), 0, X)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=1)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
