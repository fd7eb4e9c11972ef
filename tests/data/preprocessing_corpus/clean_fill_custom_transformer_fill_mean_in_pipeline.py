import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline


class FillMean(BaseEstimator, TransformerMixin):
    def fit(self, X, y=None):
        self.means_ = X.mean()
        return self

    def transform(self, X):
        return X.fillna(self.means_)


water = pd.read_csv("water_potability.csv")
model = make_pipeline(FillMean(), RandomForestClassifier())
print(cross_val_score(model, water.drop(columns="Potability"), water["Potability"], cv=5).mean())
