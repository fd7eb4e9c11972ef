import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC


def fit_scaler(X_train):
    scaler = StandardScaler()
    scaler.fit(X_train)
    return scaler


def prepare(X_train, X_test):
    scaler = fit_scaler(X_train)
    return scaler.transform(X_train), scaler.transform(X_test)


X = np.load("emails.npy")
y = np.load("is_spam.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
X_train, X_test = prepare(X_train, X_test)
print(LinearSVC().fit(X_train, y_train).score(X_test, y_test))
