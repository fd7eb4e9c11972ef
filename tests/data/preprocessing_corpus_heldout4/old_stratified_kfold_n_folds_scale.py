import numpy as np
from sklearn import preprocessing
from sklearn.cross_validation import StratifiedKFold
from sklearn.linear_model import LogisticRegression

data = np.loadtxt("pima-indians-diabetes.data.csv", delimiter=",")
X, y = data[:, :8], data[:, 8]
X = preprocessing.scale(X)

skf = StratifiedKFold(y, n_folds=10, shuffle=True, random_state=7)
accuracies = []
for train_index, test_index in skf:
    model = LogisticRegression(C=1.0)
    model.fit(X[train_index], y[train_index])
    accuracies.append(model.score(X[test_index], y[test_index]))
print("mean accuracy %.4f" % np.mean(accuracies))
