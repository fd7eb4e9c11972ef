import numpy as np
from sklearn import preprocessing
from sklearn.cross_validation import KFold
from sklearn.svm import SVC

data = np.loadtxt("ionosphere.data", delimiter=",", usecols=range(34))
labels = np.loadtxt("ionosphere.data", delimiter=",", usecols=[34], dtype=str)
labels = (labels == "g").astype(int)

data = preprocessing.scale(data)

kf = KFold(len(labels), n_folds=10, shuffle=True, random_state=0)
scores = []
for train_index, test_index in kf:
    clf = SVC(kernel="rbf", C=10)
    clf.fit(data[train_index], labels[train_index])
    scores.append(clf.score(data[test_index], labels[test_index]))
print("mean accuracy: %.3f" % np.mean(scores))
