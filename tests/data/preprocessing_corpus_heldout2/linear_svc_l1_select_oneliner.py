from sklearn.datasets import load_digits
from sklearn.feature_selection import SelectFromModel
from sklearn.svm import LinearSVC
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

X, y = load_digits(return_X_y=True)
print(X.shape)
lsvc = LinearSVC(C=0.01, penalty="l1", dual=False).fit(X, y)
model = SelectFromModel(lsvc, prefit=True)
X_new = model.transform(X)
print(X_new.shape)

X_train, X_test, y_train, y_test = train_test_split(X_new, y, random_state=0)
forest = RandomForestClassifier(random_state=0).fit(X_train, y_train)
print("accuracy", forest.score(X_test, y_test))
