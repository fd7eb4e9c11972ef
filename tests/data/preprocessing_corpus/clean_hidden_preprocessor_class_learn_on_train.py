import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split


class Prep:
    def __init__(self, cols):
        self.cols = cols
        self.mean_ = None
        self.scale_ = None

    def learn(self, frame):
        self.mean_ = frame[self.cols].mean()
        self.scale_ = frame[self.cols].std().replace(0, 1)
        return self

    def apply(self, frame):
        out = frame.copy()
        out[self.cols] = (out[self.cols] - self.mean_) / self.scale_
        return out


bank = pd.read_csv("bank-full.csv", sep=";")
numeric = ["age", "balance", "duration", "campaign", "pdays"]
train, test = train_test_split(bank, test_size=0.2)
prep = Prep(numeric).learn(train)
train, test = prep.apply(train), prep.apply(test)
print(LogisticRegression().fit(train[numeric], train["y"] == "yes").score(test[numeric], test["y"] == "yes"))
