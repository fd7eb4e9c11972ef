from pathlib import Path

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

DATA = Path("data")
titanic = pd.read_pickle(DATA.joinpath("titanic_clean.pkl"))
X = titanic[["Pclass", "Age", "Fare", "SibSp", "Parch"]]
X_train, X_val, y_train, y_val = train_test_split(X, titanic["Survived"], test_size=0.2, random_state=0)
print(RandomForestClassifier().fit(X_train, y_train).score(X_val, y_val))
