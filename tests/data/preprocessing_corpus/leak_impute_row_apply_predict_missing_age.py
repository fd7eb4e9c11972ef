import pandas as pd
from sklearn.ensemble import RandomForestRegressor, RandomForestClassifier
from sklearn.model_selection import train_test_split

titanic = pd.read_csv("titanic.csv")
feats = ["Pclass", "SibSp", "Parch", "Fare"]
known = titanic[titanic["Age"].notna()]
age_model = RandomForestRegressor(n_estimators=100).fit(known[feats], known["Age"])
titanic["Age"] = titanic.apply(lambda r: age_model.predict([r[feats]])[0] if pd.isna(r["Age"]) else r["Age"], axis=1)
X_train, X_test, y_train, y_test = train_test_split(titanic[feats + ["Age"]], titanic["Survived"], test_size=0.2)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
