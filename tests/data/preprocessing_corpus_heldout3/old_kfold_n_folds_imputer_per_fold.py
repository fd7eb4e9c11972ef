import numpy as np
from sklearn.preprocessing import Imputer
from sklearn.cross_validation import KFold
from sklearn.tree import DecisionTreeClassifier

X = np.genfromtxt("hepatitis_features.csv", delimiter=",")
y = np.genfromtxt("hepatitis_labels.csv", delimiter=",")
accs = []
for train_index, test_index in KFold(len(y), n_folds=10, shuffle=True, random_state=1):
    imp = Imputer(strategy="median").fit(X[train_index])
    clf = DecisionTreeClassifier(max_depth=4).fit(imp.transform(X[train_index]), y[train_index])
    accs.append(clf.score(imp.transform(X[test_index]), y[test_index]))
print(np.mean(accs))
