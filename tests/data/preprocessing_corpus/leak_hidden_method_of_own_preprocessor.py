import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier


class Preprocessor:
    def __init__(self, frame):
        self.frame = frame

    def run(self):
        numeric = self.frame.select_dtypes("number").columns
        self.frame[numeric] = self.frame[numeric].fillna(self.frame[numeric].median())
        return self.frame


data = Preprocessor(pd.read_csv("loans.csv")).run()
X_train, X_test, y_train, y_test = train_test_split(data.drop(columns="default"), data["default"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
