import numpy as np
from sklearn.preprocessing import MinMaxScaler
from sklearn.cross_validation import train_test_split
from sklearn.svm import SVC

raw = np.genfromtxt("ionosphere.data", delimiter=",", dtype=None, encoding=None)
X = np.array([list(r)[:-1] for r in raw], dtype=float)
y = np.array([1 if list(r)[-1] == "g" else 0 for r in raw])

mms = MinMaxScaler()
X = mms.fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
clf = SVC(C=10.0, gamma=0.1)
clf.fit(X_train, y_train)
print("Test accuracy: %.3f" % clf.score(X_test, y_test))
