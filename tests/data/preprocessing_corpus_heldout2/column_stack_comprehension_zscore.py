import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

raw = np.genfromtxt("seeds_dataset.txt")
X, y = raw[:, :-1], raw[:, -1].astype(int)
X = np.column_stack([(X[:, j] - X[:, j].mean()) / X[:, j].std() for j in range(X.shape[1])])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=12, stratify=y)
for k in (3, 5, 7, 9):
    knn = KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train)
    print(k, round(knn.score(X_test, y_test), 3))
print("features", X.shape[1], "rows", X.shape[0])
print("classes", np.unique(y))
