import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

wdbc = pd.read_csv("wdbc.csv")
y = wdbc.pop("diagnosis")
wdbc = wdbc.drop(columns="id")
wdbc = wdbc.apply(lambda col: (col - col.mean()) / col.std())

X_train, X_test, y_train, y_test = train_test_split(wdbc, y, test_size=0.2, random_state=0, stratify=y)
for C in (0.1, 1, 10):
    print(C, SVC(C=C).fit(X_train, y_train).score(X_test, y_test))
print("columns", wdbc.shape[1])
print("rows", wdbc.shape[0])
