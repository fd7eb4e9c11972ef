import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

data = np.genfromtxt("boston.csv", delimiter=",", skip_header=1)
X, y = data[:, :-1], data[:, -1]
X_norm = (X - np.mean(X, axis=0)) / np.std(X, axis=0)
X_train, X_test, y_train, y_test = train_test_split(X_norm, y, test_size=0.2, random_state=5)
lin = LinearRegression().fit(X_train, y_train)
print("R2", lin.score(X_test, y_test))
