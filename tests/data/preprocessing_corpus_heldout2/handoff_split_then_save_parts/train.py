import joblib
from sklearn.svm import SVC

X_train, y_train = joblib.load("data/train.joblib")
X_test, y_test = joblib.load("data/test.joblib")
svc = SVC(C=4).fit(X_train, y_train)
print("test accuracy", svc.score(X_test, y_test))
