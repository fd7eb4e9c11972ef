import numpy as np
import pandas as pd
from sklearn.cross_validation import StratifiedShuffleSplit
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier

leaf = pd.read_csv("leaf_train.csv")
y = leaf.pop("species").values
X = StandardScaler().fit(leaf.values).transform(leaf.values)

sss = StratifiedShuffleSplit(y, n_iter=3, test_size=0.2, random_state=23)
for train_index, test_index in sss:
    knn = KNeighborsClassifier(3).fit(X[train_index], y[train_index])
    print("fold accuracy", knn.score(X[test_index], y[test_index]))
print("classes", len(np.unique(y)))
