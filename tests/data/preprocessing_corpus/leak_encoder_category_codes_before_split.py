import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

rides = pd.read_csv("rides.csv")
rides["city_code"] = rides["city"].astype("category").cat.codes
X = rides[["city_code", "distance", "hour"]]
X_train, X_test, y_train, y_test = train_test_split(X, rides["tipped"], random_state=7)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
