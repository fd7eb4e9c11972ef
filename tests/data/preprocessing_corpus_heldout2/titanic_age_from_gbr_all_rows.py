import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor, RandomForestClassifier
from sklearn.model_selection import train_test_split

titanic = pd.read_csv("titanic.csv")
titanic["Sex"] = (titanic["Sex"] == "female").astype(int)
titanic["Fare"] = titanic["Fare"].fillna(14.45)

age_cols = ["Pclass", "Sex", "SibSp", "Parch", "Fare"]
known = titanic[titanic["Age"].notnull()]
unknown = titanic[titanic["Age"].isnull()]
age_model = GradientBoostingRegressor(n_estimators=200)
age_model.fit(known[age_cols], known["Age"])
titanic.loc[titanic["Age"].isnull(), "Age"] = age_model.predict(unknown[age_cols])

X = titanic[age_cols + ["Age"]]
X_train, X_val, y_train, y_val = train_test_split(X, titanic["Survived"], test_size=0.2, random_state=2)
print(RandomForestClassifier(n_estimators=500).fit(X_train, y_train).score(X_val, y_val))
