import pandas as pd
from sklearn import preprocessing, model_selection, svm

bank = pd.read_csv("bank-additional-full.csv", sep=";")
numeric = bank.select_dtypes(include="number")
X = preprocessing.StandardScaler().fit(numeric).transform(numeric)
y = (bank["y"] == "yes").values
X_train, X_test, y_train, y_test = model_selection.train_test_split(X, y, test_size=0.3, random_state=12)
clf = svm.LinearSVC(dual=False).fit(X_train, y_train)
print(clf.score(X_test, y_test))
