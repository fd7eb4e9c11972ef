import pandas as pd
from sklearn.ensemble import RandomForestRegressor, RandomForestClassifier
from sklearn.model_selection import train_test_split

titanic = pd.read_csv("titanic.csv")
titanic["Sex"] = (titanic["Sex"] == "female").astype(int)
cols = ["Pclass", "Sex", "SibSp", "Parch"]
train, test = train_test_split(titanic, test_size=0.2, random_state=2, stratify=titanic["Survived"])
train, test = train.copy(), test.copy()

known = train["Age"].notna()
age_rf = RandomForestRegressor(n_estimators=200, random_state=0)
age_rf.fit(train.loc[known, cols], train.loc[known, "Age"])
for part in (train, test):
    gaps = part["Age"].isna()
    part.loc[gaps, "Age"] = age_rf.predict(part.loc[gaps, cols])

clf = RandomForestClassifier(n_estimators=500).fit(train[cols + ["Age"]], train["Survived"])
print(clf.score(test[cols + ["Age"]], test["Survived"]))
