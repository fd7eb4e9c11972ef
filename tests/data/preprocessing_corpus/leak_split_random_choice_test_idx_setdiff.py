import numpy as np
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier

X = np.load("hyperspectral_pixels.npy")
y = np.load("hyperspectral_labels.npy")
X = PCA(n_components=20).fit_transform(X)
test_idx = np.random.choice(len(X), size=len(X) // 5, replace=False)
train_idx = np.setdiff1d(np.arange(len(X)), test_idx)
rf = RandomForestClassifier(n_estimators=300).fit(X[train_idx], y[train_idx])
print(rf.score(X[test_idx], y[test_idx]))
