import matplotlib.pyplot as plt
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

from utils import load

X, y = load()
projected = PCA(n_components=2).fit_transform(StandardScaler().fit_transform(X))
plt.scatter(projected[:, 0], projected[:, 1], c=y.astype("category").cat.codes)
plt.savefig("pca.png")
