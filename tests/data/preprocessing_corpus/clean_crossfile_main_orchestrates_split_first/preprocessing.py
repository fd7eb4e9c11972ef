import pandas as pd
from sklearn.preprocessing import StandardScaler


def load(path):
    return pd.read_csv(path)


def preprocess(train, test, target):
    X_train, X_test = train.drop(columns=[target]), test.drop(columns=[target])
    medians = X_train.median()
    X_train, X_test = X_train.fillna(medians), X_test.fillna(medians)
    scaler = StandardScaler().fit(X_train)
    return scaler.transform(X_train), scaler.transform(X_test), train[target], test[target]
