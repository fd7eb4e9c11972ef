import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import balanced_accuracy_score

d = np.load("yeast_me2.npz")
X_train, X_test, y_train, y_test = train_test_split(d["X"], d["y"], test_size=0.3, stratify=d["y"], random_state=7)
X_res, y_res = SMOTE(k_neighbors=3, random_state=7).fit_resample(X_train, y_train)
et = ExtraTreesClassifier(n_estimators=500, random_state=7).fit(X_res, y_res)
print("balanced accuracy", balanced_accuracy_score(y_test, et.predict(X_test)))
