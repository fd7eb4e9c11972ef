import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

customers = pd.read_csv("customers.csv")
numeric = customers[["age", "income", "spend", "visits"]]
km = KMeans(n_clusters=6, n_init=10, random_state=1)
customers["segment"] = km.fit_predict(numeric)
X = customers.drop(columns=["churned"])
X_train, X_test, y_train, y_test = train_test_split(X, customers["churned"], test_size=0.2)
print(GradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
