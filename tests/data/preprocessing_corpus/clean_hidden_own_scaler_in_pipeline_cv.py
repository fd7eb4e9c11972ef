import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline


class MeanStd(BaseEstimator, TransformerMixin):
    def fit(self, X, y=None):
        self.mu_ = X.mean(axis=0)
        self.sd_ = X.std(axis=0)
        return self

    def transform(self, X):
        return (X - self.mu_) / self.sd_


X = np.load("sonar_X.npy")
y = np.load("sonar_y.npy")
print(cross_val_score(make_pipeline(MeanStd(), LogisticRegression()), X, y, cv=5).mean())
