import pandas as pd
from sklearn.ensemble import AdaBoostClassifier
from sklearn.model_selection import train_test_split


class FeatureMaker:
    @staticmethod
    def zscore(frame, summary):
        cols = summary.index
        return (frame[cols] - summary["mean"]) / summary["std"]


credit = pd.read_csv("credit_default.csv")
summary = credit.drop(columns="default").describe().T
X = FeatureMaker.zscore(credit, summary)
X_train, X_val, y_train, y_val = train_test_split(X, credit["default"], test_size=0.2, random_state=10)
print(AdaBoostClassifier().fit(X_train, y_train).score(X_val, y_val))
