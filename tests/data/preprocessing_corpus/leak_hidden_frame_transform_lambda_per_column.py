import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

glass = pd.read_csv("glass.csv")
features = glass.drop(columns="Type")
features = features.transform(lambda col: (col - col.mean()) / col.std())
X_train, X_test, y_train, y_test = train_test_split(features, glass["Type"], test_size=0.25, stratify=glass["Type"])
print(KNeighborsClassifier(3).fit(X_train, y_train).score(X_test, y_test))
