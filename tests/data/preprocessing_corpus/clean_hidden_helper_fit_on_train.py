import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR


def column_stats(frame):
    return frame.mean(), frame.std()


data = pd.read_csv("concrete.csv")
X_train, X_test, y_train, y_test = train_test_split(data.drop(columns="strength"), data["strength"])
mu, sigma = column_stats(X_train)
X_train = (X_train - mu) / sigma
X_test = (X_test - mu) / sigma
print(SVR().fit(X_train, y_train).score(X_test, y_test))
