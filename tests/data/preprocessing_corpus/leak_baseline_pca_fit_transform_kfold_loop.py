import numpy as np
from sklearn.decomposition import PCA
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import SVC

X = np.load("eeg_features.npy")
y = np.load("eeg_labels.npy")
pca = PCA(n_components=30)
pca.fit(X)
X_pca = pca.transform(X)
accs = []
for tr, te in StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(X_pca, y):
    accs.append(SVC().fit(X_pca[tr], y[tr]).score(X_pca[te], y[te]))
print(np.mean(accs))
