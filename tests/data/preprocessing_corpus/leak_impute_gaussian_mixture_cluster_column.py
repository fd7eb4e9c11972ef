import pandas as pd
from sklearn.mixture import GaussianMixture
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

users = pd.read_csv("users.csv")
cols = ["sessions", "minutes", "purchases"]
gmm = GaussianMixture(n_components=4, random_state=0).fit(users[cols])
users["segment"] = gmm.predict(users[cols])
X_train, X_test, y_train, y_test = train_test_split(users[cols + ["segment"]], users["churn"], random_state=3)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
