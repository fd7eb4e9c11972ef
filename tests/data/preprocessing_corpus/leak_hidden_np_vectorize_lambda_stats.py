import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

data = np.loadtxt("yacht_hydrodynamics.data")
X, y = data[:, :-1], data[:, -1]
mu, sd = np.mean(X[:, 5]), np.std(X[:, 5])
zscore = np.vectorize(lambda v: (v - mu) / sd)
X[:, 5] = zscore(X[:, 5])
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2)
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
