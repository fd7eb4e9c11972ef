import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR

cars = pd.read_csv("auto_imports_numeric.csv", na_values="?")
y = cars.pop("price")
cars = cars[y.notna()]
y = y[y.notna()]

prep = Pipeline([("fill", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
X = prep.fit_transform(cars)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2)
svr = SVR(C=20000, epsilon=500).fit(X_train, y_train)
print("test R2", svr.score(X_test, y_test))
