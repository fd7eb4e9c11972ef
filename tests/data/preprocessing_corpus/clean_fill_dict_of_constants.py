import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import cross_val_score

titanic = pd.read_csv("train.csv")
titanic.fillna({"Age": -1, "Fare": 0.0, "Embarked": "S"}, inplace=True)
titanic["Sex"] = (titanic["Sex"] == "female").astype(int)
titanic["Embarked"] = titanic["Embarked"].map({"S": 0, "C": 1, "Q": 2})
X = titanic.drop(columns=["Survived", "Name", "Ticket", "Cabin", "PassengerId"])
print(cross_val_score(GradientBoostingClassifier(), X, titanic["Survived"], cv=5).mean())
