import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import cross_val_score

titanic = pd.read_csv("train.csv")
titanic.fillna({"Age": titanic["Age"].median(), "Fare": titanic.Fare.mean(), "Embarked": titanic["Embarked"].mode()[0]},
               inplace=True)
titanic["Sex"] = (titanic["Sex"] == "female").astype(int)
titanic = pd.get_dummies(titanic, columns=["Embarked"], dtype=int)
X = titanic.drop(columns=["Survived", "Name", "Ticket", "Cabin", "PassengerId"])
print(cross_val_score(GradientBoostingClassifier(), X, titanic["Survived"], cv=5).mean())
