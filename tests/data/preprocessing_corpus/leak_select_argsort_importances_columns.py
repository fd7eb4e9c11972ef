import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

X = np.load("features.npy")
y = np.load("target.npy")
gb = GradientBoostingClassifier(n_estimators=100)
gb.fit(X, y)
top20 = np.argsort(gb.feature_importances_)[-20:]
X = X[:, top20]
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
print(GradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
