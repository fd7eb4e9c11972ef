import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


class ZScore:
    def fit(self, a):
        self.mu = a.mean(axis=0)
        self.sd = a.std(axis=0)
        return self

    def transform(self, a):
        return (a - self.mu) / self.sd


X = np.load("X.npy")
y = np.load("y.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
z = ZScore().fit(X_train)
print(LogisticRegression().fit(z.transform(X_train), y_train).score(z.transform(X_test), y_test))
