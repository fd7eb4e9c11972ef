import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from lightgbm import LGBMClassifier

iris = pd.read_csv("iris.csv")
y = LabelEncoder().fit_transform(iris["species"])
X = iris.drop(columns="species")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
print(LGBMClassifier().fit(X_train, y_train).score(X_test, y_test))
