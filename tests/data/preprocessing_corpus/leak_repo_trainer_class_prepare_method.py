import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression


class Trainer:
    def __init__(self, path, features):
        self.path = path
        self.features = features

    def prepare(self):
        df = pd.read_csv(self.path)
        self.imputer = SimpleImputer(strategy="mean")
        df[self.features] = self.imputer.fit_transform(df[self.features])
        self.train_df, self.val_df = train_test_split(df, test_size=0.2, random_state=1)

    def run(self):
        self.prepare()
        model = LogisticRegression().fit(self.train_df[self.features], self.train_df["y"])
        return model.score(self.val_df[self.features], self.val_df["y"])


print(Trainer("loans.csv", ["income", "dti", "age"]).run())
