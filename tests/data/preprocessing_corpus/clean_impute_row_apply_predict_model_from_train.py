import pandas as pd
from sklearn.ensemble import RandomForestRegressor, RandomForestClassifier
from sklearn.model_selection import train_test_split

titanic = pd.read_csv("titanic.csv")
feats = ["Pclass", "SibSp", "Parch", "Fare"]
train, test = train_test_split(titanic, test_size=0.2, random_state=0)
known = train[train["Age"].notna()]
age_model = RandomForestRegressor(n_estimators=100).fit(known[feats], known["Age"])
fill = lambda r: age_model.predict([r[feats]])[0] if pd.isna(r["Age"]) else r["Age"]
train = train.assign(Age=train.apply(fill, axis=1))
test = test.assign(Age=test.apply(fill, axis=1))
clf = RandomForestClassifier().fit(train[feats + ["Age"]], train["Survived"])
print(clf.score(test[feats + ["Age"]], test["Survived"]))
