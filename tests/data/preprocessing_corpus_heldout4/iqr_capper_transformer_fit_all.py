import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.model_selection import train_test_split
from sklearn.ensemble import AdaBoostClassifier


class IQRCapper(BaseEstimator, TransformerMixin):
    def __init__(self, k=1.5):
        self.k = k

    def fit(self, X, y=None):
        q1, q3 = np.percentile(X, [25, 75], axis=0)
        self.low_, self.high_ = q1 - self.k * (q3 - q1), q3 + self.k * (q3 - q1)
        return self

    def transform(self, X):
        return np.clip(X, self.low_, self.high_)


churn = pd.read_csv("bank_customer_churn.csv")
num = ["CreditScore", "Age", "Tenure", "Balance", "NumOfProducts", "EstimatedSalary"]
X = IQRCapper(k=1.5).fit_transform(churn[num].to_numpy(float))
y = churn["Exited"].to_numpy()

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)
ada = AdaBoostClassifier(n_estimators=300).fit(X_tr, y_tr)
print("test accuracy", ada.score(X_te, y_te))
