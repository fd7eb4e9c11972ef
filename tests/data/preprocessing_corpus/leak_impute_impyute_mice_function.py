import numpy as np
from impyute.imputation.cs import mice
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

data = np.genfromtxt("hepatitis.csv", delimiter=",", skip_header=1)
X, y = data[:, 1:], data[:, 0]
X = mice(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=7)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
