import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


class FeatureBuilder:
    def __init__(self, n_components=10):
        self.pipe = Pipeline([("scale", StandardScaler()), ("pca", PCA(n_components=n_components))])

    def fit(self, frame):
        self.pipe.fit(frame)
        return self

    def transform(self, frame):
        return self.pipe.transform(frame)


wdbc = pd.read_csv("wdbc.csv")
X, y = wdbc.drop(columns=["id", "diagnosis"]), (wdbc["diagnosis"] == "M").astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=7)
fb = FeatureBuilder(8).fit(X_tr)
print(LogisticRegression().fit(fb.transform(X_tr), y_tr).score(fb.transform(X_te), y_te))
