import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier

X = np.load("X.npy")
y = np.load("y.npy")
X = SimpleImputer(strategy="constant", fill_value=-999).fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(HistGradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
