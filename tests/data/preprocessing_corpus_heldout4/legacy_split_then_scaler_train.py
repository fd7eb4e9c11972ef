import numpy as np
from sklearn.cross_validation import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier

data = np.loadtxt("wdbc_numeric.csv", delimiter=",")
X, y = data[:, 1:], data[:, 0]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1)

sc = StandardScaler()
sc.fit(X_train)
knn = KNeighborsClassifier(n_neighbors=5, p=2, metric="minkowski")
knn.fit(sc.transform(X_train), y_train)
print("Accuracy: %.2f" % knn.score(sc.transform(X_test), y_test))
