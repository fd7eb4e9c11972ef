import numpy as np
from missingpy import MissForest
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

X = np.genfromtxt("mammography.csv", delimiter=",", skip_header=1)
y = X[:, -1]
X = X[:, :-1]
X_imputed = MissForest(max_iter=5).fit_transform(X)
Xtr, Xte, ytr, yte = train_test_split(X_imputed, y, test_size=0.25, random_state=4)
print(RandomForestClassifier().fit(Xtr, ytr).score(Xte, yte))
