from sklearn.model_selection import train_test_split
from sklearn.svm import SVR


def train_and_evaluate(X, y, seed=0):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=seed)
    model = SVR(C=10.0).fit(X_train, y_train)
    return model.score(X_test, y_test)
