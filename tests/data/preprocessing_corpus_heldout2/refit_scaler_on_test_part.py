import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVC

bc = pd.read_csv("breast_cancer.csv")
X, y = bc.drop(columns=["id", "diagnosis"]), bc["diagnosis"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)

sc = MinMaxScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.fit_transform(X_test)

model = SVC(kernel="rbf", C=2).fit(X_train, y_train)
print("accuracy:", model.score(X_test, y_test))
print("support vectors:", model.n_support_)
