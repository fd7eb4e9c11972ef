import numpy as np
from sklearn.cluster import MiniBatchKMeans
from sklearn.model_selection import train_test_split
from sklearn.linear_model import RidgeClassifier

data = np.loadtxt("usage_features.csv", delimiter=",", skiprows=1)
X, y = data[:, :-1], data[:, -1].astype(int)

X_train, X_hold, y_train, y_hold = train_test_split(X, y, test_size=0.2, random_state=4)

km = MiniBatchKMeans(n_clusters=10, batch_size=2048, n_init=3, random_state=0)
km.fit(X_train)

def with_clusters(block):
    dist = km.transform(block)
    return np.hstack([block, dist, np.eye(10)[km.predict(block)]])

clf = RidgeClassifier(alpha=2.0).fit(with_clusters(X_train), y_train)
print("holdout acc", clf.score(with_clusters(X_hold), y_hold))
