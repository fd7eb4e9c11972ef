import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X = np.load("X.npy")
y = np.load("y.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
forest = RandomForestClassifier(n_estimators=200).fit(X_train, y_train)
selector = SelectFromModel(forest, prefit=True)
svc = SVC().fit(selector.transform(X_train), y_train)
print(svc.score(selector.transform(X_test), y_test))
