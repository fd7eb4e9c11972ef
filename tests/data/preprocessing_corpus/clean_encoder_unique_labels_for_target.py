import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

iris = pd.read_csv("iris.csv")
names = iris["species"].unique()
iris["species"] = iris["species"].map({n: i for i, n in enumerate(names)})
y = iris["species"]
X = iris[["sepal_length", "sepal_width", "petal_length", "petal_width"]]
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
