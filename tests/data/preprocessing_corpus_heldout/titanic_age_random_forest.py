import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor, RandomForestClassifier
from sklearn.model_selection import train_test_split

data_train = pd.read_csv("train.csv")

def set_missing_ages(df):
    age_df = df[["Age", "Fare", "Parch", "SibSp", "Pclass"]]
    known_age = age_df[age_df.Age.notnull()].values
    unknown_age = age_df[age_df.Age.isnull()].values
    y = known_age[:, 0]
    X = known_age[:, 1:]
    rfr = RandomForestRegressor(random_state=0, n_estimators=2000, n_jobs=-1)
    rfr.fit(X, y)
    predictedAges = rfr.predict(unknown_age[:, 1:])
    df.loc[(df.Age.isnull()), "Age"] = predictedAges
    return df, rfr

data_train, rfr = set_missing_ages(data_train)
data_train["Sex"] = (data_train["Sex"] == "male").astype(int)

feature_cols = ["Age", "Fare", "Parch", "SibSp", "Pclass", "Sex"]
train_np, cv_np = train_test_split(data_train, test_size=0.3, random_state=0)
clf = RandomForestClassifier(n_estimators=300, max_depth=6)
clf.fit(train_np[feature_cols], train_np["Survived"])
print(clf.score(cv_np[feature_cols], cv_np["Survived"]))
