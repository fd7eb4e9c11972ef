import numpy as np
from sklearn.preprocessing import MinMaxScaler
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier


class Experiment:
    def __init__(self, path, seed=0):
        blob = np.load(path)
        self.features, self.labels = blob["features"], blob["labels"]
        self.seed = seed

    def prepare(self):
        Xtr, Xte, ytr, yte = train_test_split(self.features, self.labels, test_size=0.2, random_state=self.seed)
        mm = MinMaxScaler()
        Xtr = mm.fit_transform(Xtr)
        Xte = mm.fit_transform(Xte)
        return Xtr, Xte, ytr, yte

    def run(self):
        Xtr, Xte, ytr, yte = self.prepare()
        rf = RandomForestClassifier(n_estimators=200, random_state=self.seed).fit(Xtr, ytr)
        return rf.score(Xte, yte)


if __name__ == "__main__":
    print(Experiment("activity_features.npz").run())
