from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import ElasticNet


@dataclass
class Scaling:
    center: pd.Series
    spread: pd.Series

    @classmethod
    def from_frame(cls, frame):
        return cls(center=frame.median(), spread=frame.quantile(0.75) - frame.quantile(0.25))

    def apply(self, frame):
        return (frame - self.center) / self.spread


df = pd.read_csv("student_performance.csv")
X = df.drop(columns=["G3"])
scaling = Scaling.from_frame(X)
X = scaling.apply(X)
X_train, X_test, y_train, y_test = train_test_split(X, df["G3"], test_size=0.2, random_state=0)
print(ElasticNet(alpha=0.1).fit(X_train, y_train).score(X_test, y_test))
