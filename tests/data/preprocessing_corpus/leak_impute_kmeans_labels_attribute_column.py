import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

customers = pd.read_csv("mall_customers.csv")
km = KMeans(n_clusters=6, n_init=10, random_state=0)
km.fit(customers[["annual_income", "spending_score"]])
customers["segment"] = km.labels_
X = pd.get_dummies(customers[["age", "segment"]], columns=["segment"])
X_train, X_test, y_train, y_test = train_test_split(X, customers["churned"], test_size=0.25)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
