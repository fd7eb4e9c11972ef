from sklearn.svm import SVR


def train_and_evaluate(X_train, X_test, y_train, y_test):
    model = SVR(C=10.0).fit(X_train, y_train)
    return model.score(X_test, y_test)
