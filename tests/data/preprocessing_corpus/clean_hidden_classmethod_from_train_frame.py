from dataclasses import dataclass

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
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns=["G3"]), df["G3"], test_size=0.2, random_state=0)
scaling = Scaling.from_frame(X_train)
model = ElasticNet(alpha=0.1).fit(scaling.apply(X_train), y_train)
print(model.score(scaling.apply(X_test), y_test))
