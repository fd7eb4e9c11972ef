import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


class FeatureTable:
    def __init__(self, path):
        self.values = np.load(path)

    @property
    def standardized(self):
        return (self.values - self.values.mean(axis=0)) / self.values.std(axis=0)


table = FeatureTable("credit_features.npy")
labels = np.load("credit_labels.npy")
X_train, X_test, y_train, y_test = train_test_split(table.standardized, labels, test_size=0.2)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
