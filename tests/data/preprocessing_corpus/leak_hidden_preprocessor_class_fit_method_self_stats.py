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
bank = Prep(numeric).learn(bank).apply(bank)
X_train, X_test, y_train, y_test = train_test_split(bank[numeric], bank["y"] == "yes", test_size=0.2)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
