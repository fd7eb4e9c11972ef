import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

cust = pd.read_csv("bank_customers.csv")
usage = ["balance", "duration", "campaign", "pdays"]
X_train, X_test, y_train, y_test = train_test_split(cust[usage], cust["subscribed"], test_size=0.25, random_state=9)

km = KMeans(n_clusters=5, n_init=10, random_state=0).fit(X_train)
X_train = X_train.assign(cluster=km.predict(X_train))
X_test = X_test.assign(cluster=km.predict(X_test))

lr = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print(lr.score(X_test, y_test))
