import pandas as pd
from sklearn.ensemble import RandomForestRegressor, RandomForestClassifier
from sklearn.model_selection import train_test_split

titanic = pd.read_csv("titanic.csv")
features = ["Pclass", "SibSp", "Parch", "Fare"]
train, test = train_test_split(titanic, test_size=0.2, random_state=42)
known = train[train["Age"].notnull()]
age_model = RandomForestRegressor(n_estimators=100).fit(known[features], known["Age"])
for part in (train, test):
    gaps = part["Age"].isnull()
    part.loc[gaps, "Age"] = age_model.predict(part.loc[gaps, features])
clf = RandomForestClassifier().fit(train[features + ["Age"]], train["Survived"])
print(clf.score(test[features + ["Age"]], test["Survived"]))
