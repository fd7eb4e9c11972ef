import pandas as pd
from sklearn.ensemble import RandomForestRegressor, RandomForestClassifier
from sklearn.model_selection import train_test_split

titanic = pd.read_csv("titanic.csv")
age_features = ["Pclass", "SibSp", "Parch", "Fare"]
known = titanic[titanic["Age"].notnull()]
unknown = titanic[titanic["Age"].isnull()]
age_model = RandomForestRegressor(n_estimators=100, random_state=0)
age_model.fit(known[age_features], known["Age"])
titanic.loc[titanic["Age"].isnull(), "Age"] = age_model.predict(unknown[age_features])

X = titanic[age_features + ["Age"]]
y = titanic["Survived"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
clf = RandomForestClassifier().fit(X_train, y_train)
print(clf.score(X_test, y_test))
