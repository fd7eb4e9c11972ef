import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import HistGradientBoostingClassifier


class Trainer:
    def __init__(self, path):
        data = np.load(path)
        self.X = data["x"]
        self.y = data["y"]
        self.scaler = StandardScaler()

    def preprocess(self):
        self.X = self.scaler.fit_transform(self.X)

    def split(self):
        return train_test_split(self.X, self.y, test_size=0.2, random_state=0)

    def run(self):
        self.preprocess()
        X_train, X_test, y_train, y_test = self.split()
        model = HistGradientBoostingClassifier().fit(X_train, y_train)
        return model.score(X_test, y_test)


print(Trainer("dataset.npz").run())
