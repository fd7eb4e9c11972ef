import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import LogisticRegression

titanic = pd.read_csv("titanic.csv")
titanic["Sex"] = titanic["Sex"].map({"male": 0, "female": 1})
predictors = ["Pclass", "SibSp", "Parch", "Fare", "Sex"]

train, valid = train_test_split(titanic, test_size=0.2, random_state=1, stratify=titanic["Survived"])
train, valid = train.copy(), valid.copy()

has_age = train["Age"].notna()
age_model = GradientBoostingRegressor(n_estimators=200)
age_model.fit(train.loc[has_age, predictors], train.loc[has_age, "Age"])
for part in (train, valid):
    gap = part["Age"].isna()
    part.loc[gap, "Age"] = age_model.predict(part.loc[gap, predictors])

cols = predictors + ["Age"]
clf = LogisticRegression(max_iter=1000).fit(train[cols], train["Survived"])
print("validation accuracy", clf.score(valid[cols], valid["Survived"]))
