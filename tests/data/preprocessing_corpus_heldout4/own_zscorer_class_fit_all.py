import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Perceptron


class ZScorer:
    def fit(self, X):
        self.mu, self.sd = X.mean(axis=0), X.std(axis=0) + 1e-8
        return self

    def transform(self, X):
        return (X - self.mu) / self.sd


data = np.loadtxt("banknote_authentication.txt", delimiter=",")
X, y = data[:, :4], data[:, 4].astype(int)
X = ZScorer().fit(X).transform(X)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
p = Perceptron(max_iter=100, eta0=0.1).fit(X_train, y_train)
print("perceptron test accuracy:", p.score(X_test, y_test))
