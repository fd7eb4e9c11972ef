import pandas as pd
import scipy.sparse as sp
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

X = sp.load_npz("bbc_tfidf.npz")
y = pd.read_csv("bbc_labels.csv")["category"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
print(LinearSVC().fit(X_tr, y_tr).score(X_te, y_te))
