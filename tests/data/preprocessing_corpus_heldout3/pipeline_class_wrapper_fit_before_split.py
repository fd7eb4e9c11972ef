import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


class FeatureBuilder:
    def __init__(self, n_components=10):
        self.pipe = Pipeline([("scale", StandardScaler()), ("pca", PCA(n_components=n_components))])

    def build(self, frame):
        return self.pipe.fit_transform(frame)


wdbc = pd.read_csv("wdbc.csv")
X = FeatureBuilder(8).build(wdbc.drop(columns=["id", "diagnosis"]))
y = (wdbc["diagnosis"] == "M").astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=7)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
