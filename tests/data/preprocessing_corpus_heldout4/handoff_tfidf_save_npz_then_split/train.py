import numpy as np
from scipy import sparse
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

X = sparse.load_npz("artifacts/abstracts_tfidf.npz")
y = np.load("artifacts/abstract_labels.npy", allow_pickle=True)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.15, random_state=0, stratify=y)
svm = LinearSVC(C=0.5).fit(X_tr, y_tr)
print("category accuracy", svm.score(X_te, y_te))
