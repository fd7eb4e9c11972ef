import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import f1_score
from skmultilearn.model_selection import iterative_train_test_split

X = np.load("yeast_features.npy")
Y = np.load("yeast_labels.npy")
X = StandardScaler().fit_transform(X)

X_train, Y_train, X_test, Y_test = iterative_train_test_split(X, Y, test_size=0.25)
knn = KNeighborsClassifier(n_neighbors=10).fit(X_train, Y_train)
print("micro F1", f1_score(Y_test, knn.predict(X_test), average="micro"))
