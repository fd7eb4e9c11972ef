import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.cross_validation import StratifiedKFold
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import accuracy_score

glass = pd.read_csv("glass.csv")
X = glass.iloc[:, :-1].values
y = glass.iloc[:, -1].values

mms = MinMaxScaler()
X = mms.fit_transform(X)

skf = StratifiedKFold(y, n_folds=5)
fold_acc = []
for i, (tr, te) in enumerate(skf):
    knn = KNeighborsClassifier(n_neighbors=3).fit(X[tr], y[tr])
    fold_acc.append(accuracy_score(y[te], knn.predict(X[te])))
    print("fold %d: %.3f" % (i, fold_acc[-1]))
print(np.mean(fold_acc))
