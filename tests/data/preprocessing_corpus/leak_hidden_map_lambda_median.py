import pandas as pd
from sklearn.model_selection import StratifiedKFold
from sklearn.linear_model import LogisticRegression

titanic = pd.read_csv("titanic.csv")
titanic["cheap"] = titanic["Fare"].map(lambda fare: fare < titanic["Fare"].median())
X = titanic[["cheap", "Pclass", "SibSp"]].values
y = titanic["Survived"].values
for fold, (a, b) in enumerate(StratifiedKFold(n_splits=5).split(X, y)):
    print(fold, LogisticRegression().fit(X[a], y[a]).score(X[b], y[b]))
