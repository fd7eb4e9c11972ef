# written for scikit-learn 0.18
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Imputer, StandardScaler
from sklearn.cross_validation import train_test_split
from sklearn.svm import SVC
import numpy as np

data = np.genfromtxt("hepatitis.data", delimiter=",", missing_values="?", filling_values=np.nan)
X, y = data[:, 1:], data[:, 0]
prep = Pipeline([("imputer", Imputer(strategy="mean")), ("scaler", StandardScaler())])
X = prep.fit_transform(X)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=33)
svm = SVC(kernel="linear", C=0.5).fit(X_train, y_train)
print("accuracy: %.3f" % svm.score(X_test, y_test))
