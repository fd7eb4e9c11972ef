import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

store = pd.HDFStore("features.h5", mode="r")
X = store["sensors"]
y = store["target"]
store.close()
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=1)
svc = SVC(C=3.0).fit(X_train, y_train)
print("val acc", svc.score(X_val, y_val))
