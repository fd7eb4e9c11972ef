import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import SGDRegressor


class MedianIQRScaler:
    def fit(self, X):
        self.median_ = np.median(X, axis=0)
        q75, q25 = np.percentile(X, [75, 25], axis=0)
        self.iqr_ = np.where(q75 - q25 == 0, 1.0, q75 - q25)
        return self

    def transform(self, X):
        return (X - self.median_) / self.iqr_


yacht = pd.read_csv("yacht_hydrodynamics.csv")
X = yacht.drop(columns="resistance").to_numpy(float)
y = np.log1p(yacht["resistance"].to_numpy())
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
scaler = MedianIQRScaler().fit(X_train)
sgd = SGDRegressor(max_iter=5000, tol=1e-6).fit(scaler.transform(X_train), y_train)
print("test R2", sgd.score(scaler.transform(X_test), y_test))
