from pathlib import Path

import pandas as pd

DATA = Path("data")
titanic = pd.read_csv(DATA.joinpath("titanic.csv"))
titanic["Age"] = titanic["Age"].fillna(titanic["Age"].mean())
titanic["Fare"] = titanic["Fare"].fillna(titanic["Fare"].median())
titanic.to_pickle(DATA.joinpath("titanic_clean.pkl"))
