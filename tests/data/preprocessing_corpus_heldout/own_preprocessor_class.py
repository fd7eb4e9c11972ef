import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


class TabularPreprocessor:
    def __init__(self, numeric, clip=5.0):
        self.numeric = numeric
        self.clip = clip

    def fit(self, frame):
        self.centre_ = frame[self.numeric].median()
        self.scale_ = frame[self.numeric].quantile(0.75) - frame[self.numeric].quantile(0.25)
        return self

    def transform(self, frame):
        out = frame.copy()
        out[self.numeric] = ((out[self.numeric] - self.centre_) / self.scale_).clip(-self.clip, self.clip)
        return out


def run():
    df = pd.read_csv("heart_failure.csv")
    numeric = ["age", "creatinine_phosphokinase", "ejection_fraction", "platelets", "serum_sodium"]
    prep = TabularPreprocessor(numeric)
    df = prep.fit(df).transform(df)
    train, test = train_test_split(df, test_size=0.3, random_state=0, stratify=df["DEATH_EVENT"])
    cols = numeric + ["anaemia", "diabetes", "smoking"]
    clf = LogisticRegression(max_iter=1000).fit(train[cols], train["DEATH_EVENT"])
    return clf.score(test[cols], test["DEATH_EVENT"])


if __name__ == "__main__":
    print(run())
