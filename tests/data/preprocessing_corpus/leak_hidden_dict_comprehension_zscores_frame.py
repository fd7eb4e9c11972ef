import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

iris = pd.read_csv("iris.csv")
features = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
scaled = pd.DataFrame({c: (iris[c] - iris[c].mean()) / iris[c].std() for c in features})
X_train, X_test, y_train, y_test = train_test_split(scaled, iris["species"], stratify=iris["species"])
print(SVC().fit(X_train, y_train).score(X_test, y_test))
