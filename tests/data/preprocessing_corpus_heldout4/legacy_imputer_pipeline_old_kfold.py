import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Imputer, StandardScaler
from sklearn.cross_validation import KFold
from sklearn.linear_model import LogisticRegression

X = np.genfromtxt("breast-cancer-wisconsin.data", delimiter=",", missing_values="?")[:, 1:10]
y = (np.genfromtxt("breast-cancer-wisconsin.data", delimiter=",")[:, 10] == 4).astype(int)
X = make_pipeline(Imputer(strategy="most_frequent"), StandardScaler()).fit_transform(X)

kf = KFold(len(X), n_folds=5, shuffle=True, random_state=0)
acc = [LogisticRegression().fit(X[tr], y[tr]).score(X[te], y[te]) for tr, te in kf]
print("accuracy: %.3f" % np.mean(acc))
