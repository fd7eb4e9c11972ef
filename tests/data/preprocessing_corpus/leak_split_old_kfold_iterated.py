import numpy as np
from sklearn.cross_validation import KFold
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

X = np.loadtxt("sonar_X.txt")
y = np.loadtxt("sonar_y.txt")
X = StandardScaler().fit_transform(X)
kf = KFold(len(y), n_folds=10, shuffle=True)
accuracies = []
for train_index, test_index in kf:
    model = LogisticRegression().fit(X[train_index], y[train_index])
    accuracies.append(model.score(X[test_index], y[test_index]))
print(np.mean(accuracies))
