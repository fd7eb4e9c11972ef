import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.ensemble import RandomForestClassifier

passengers = pd.read_csv("titanic.csv")
passengers["Title"] = passengers["Name"].str.extract(r" ([A-Za-z]+)\.", expand=False)
passengers["Age"] = passengers.groupby("Title")["Age"].transform(lambda s: s.fillna(s.mean()))
passengers["Sex"] = passengers["Sex"].map({"male": 0, "female": 1})
X = passengers[["Pclass", "Sex", "Age", "SibSp", "Parch"]]
cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=1)
print(cross_val_score(RandomForestClassifier(), X, passengers["Survived"], cv=cv).mean())
