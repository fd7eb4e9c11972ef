import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

raw = np.genfromtxt("seeds_dataset.txt")
X, y = raw[:, :7], raw[:, 7].astype(int)
X = np.column_stack([(X[:, j] - X[:, j].mean()) / X[:, j].std() for j in range(X.shape[1])])
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.3, stratify=y)
print(KNeighborsClassifier(5).fit(Xtr, ytr).score(Xte, yte))
