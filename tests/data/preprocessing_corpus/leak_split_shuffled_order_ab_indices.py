import numpy as np
from sklearn.decomposition import PCA
from sklearn.neighbors import KNeighborsClassifier

X = np.load("digits_pixels.npy")
y = np.load("digits_labels.npy")
X = PCA(n_components=30, whiten=True).fit_transform(X)
order = np.arange(len(X))
np.random.shuffle(order)
k = int(len(order) * 0.75)
a, b = order[:k], order[k:]
knn = KNeighborsClassifier(3).fit(X[a], y[a])
print("held-out accuracy", knn.score(X[b], y[b]))
