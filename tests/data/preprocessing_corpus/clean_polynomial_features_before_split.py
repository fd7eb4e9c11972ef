import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import PolynomialFeatures

rng = np.random.default_rng(0)
X = rng.uniform(-3, 3, size=(500, 2))
y = X[:, 0] ** 2 - X[:, 1] + rng.normal(0, 0.1, 500)
X_poly = PolynomialFeatures(degree=3, include_bias=False).fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_poly, y, random_state=0)
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
