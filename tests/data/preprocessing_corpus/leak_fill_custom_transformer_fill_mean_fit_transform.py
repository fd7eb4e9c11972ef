import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split


class FillMean(BaseEstimator, TransformerMixin):
    def fit(self, X, y=None):
        self.means_ = X.mean()
        return self

    def transform(self, X):
        return X.fillna(self.means_)


water = pd.read_csv("water_potability.csv")
X = FillMean().fit_transform(water.drop(columns="Potability"))
X_train, X_test, y_train, y_test = train_test_split(X, water["Potability"], test_size=0.2, random_state=1)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
