import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelEncoder, StandardScaler
from sklearn.svm import SVC

iris = pd.read_csv("iris.csv")
le = LabelEncoder()
iris["species"] = le.fit_transform(iris["species"])

X_train, X_test, y_train, y_test = train_test_split(iris.drop(columns="species"), iris["species"], random_state=1)
sc = StandardScaler().fit(X_train)
print(SVC().fit(sc.transform(X_train), y_train).score(sc.transform(X_test), y_test))
