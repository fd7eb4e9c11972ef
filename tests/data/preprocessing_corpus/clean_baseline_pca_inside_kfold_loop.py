import numpy as np
from sklearn.decomposition import PCA
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import SVC

X = np.load("eeg_features.npy")
y = np.load("eeg_labels.npy")
accs = []
for tr, te in StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(X, y):
    pca = PCA(n_components=30).fit(X[tr])
    accs.append(SVC().fit(pca.transform(X[tr]), y[tr]).score(pca.transform(X[te]), y[te]))
print(np.mean(accs))
