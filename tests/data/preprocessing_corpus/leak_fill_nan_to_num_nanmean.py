import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

X = np.genfromtxt("communities.data", delimiter=",", missing_values="?", filling_values=np.nan)[:, 5:-1]
y = np.genfromtxt("communities.data", delimiter=",", missing_values="?")[:, -1]
X = np.nan_to_num(X, nan=np.nanmean(X))
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
