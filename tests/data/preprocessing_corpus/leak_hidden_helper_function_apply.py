import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR


def standardise(column):
    return (column - column.mean()) / column.std()


data = pd.read_csv("concrete.csv")
features = data.drop(columns="strength").apply(standardise)
X_train, X_test, y_train, y_test = train_test_split(features, data["strength"], test_size=0.2)
print(SVR().fit(X_train, y_train).score(X_test, y_test))
