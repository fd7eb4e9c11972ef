import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


class FeatureBuilder:
    def __init__(self, frame):
        self.frame = frame.copy()

    def impute(self):
        self.frame = self.frame.fillna(self.frame.median(numeric_only=True))
        return self

    def scale(self, cols):
        self.frame[cols] = (self.frame[cols] - self.frame[cols].mean()) / self.frame[cols].std()
        return self

    def build(self):
        return self.frame


cols = ["age", "income", "score"]
df = FeatureBuilder(pd.read_csv("loans.csv")).impute().scale(cols).build()
X_train, X_test, y_train, y_test = train_test_split(df[cols], df["default"], random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
