import numpy as np
import matplotlib.pyplot as plt
from sklearn.decomposition import PCA
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.model_selection import cross_val_score

X = np.load("X.npy")
y = np.load("y.npy")
coords = PCA(n_components=2).fit_transform(X)
plt.scatter(coords[:, 0], coords[:, 1], c=y)
plt.savefig("pca.png")
print(cross_val_score(make_pipeline(StandardScaler(), SVC()), X, y, cv=5).mean())
