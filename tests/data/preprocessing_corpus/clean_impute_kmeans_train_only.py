import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

customers = pd.read_csv("customers.csv")
X_train, X_test, y_train, y_test = train_test_split(customers.drop(columns="churned"), customers["churned"])
km = KMeans(n_clusters=6, n_init=10).fit(X_train)
X_train = X_train.assign(segment=km.predict(X_train))
X_test = X_test.assign(segment=km.predict(X_test))
print(GradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
