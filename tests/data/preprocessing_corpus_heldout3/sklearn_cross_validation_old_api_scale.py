import numpy as np
from sklearn import preprocessing
from sklearn.cross_validation import train_test_split
from sklearn.svm import SVC

data = np.genfromtxt("banknote_authentication.txt", delimiter=",")
X, y = data[:, :4], data[:, 4]
X = preprocessing.scale(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.33, random_state=42)
print(SVC(kernel="rbf").fit(X_train, y_train).score(X_test, y_test))
