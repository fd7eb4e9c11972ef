import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

titanic = pd.read_csv("titanic.csv")
titanic["title"] = titanic["Name"].apply(lambda n: n.split(",")[1].split(".")[0].strip())
titanic["is_mr"] = titanic["title"].map(lambda t: int(t == "Mr"))
titanic["family"] = titanic.apply(lambda r: r["SibSp"] + r["Parch"] + 1, axis=1)
titanic["log_fare"] = titanic["Fare"].fillna(0).apply(np.log1p)
titanic["cabin_known"] = titanic["Cabin"].notna().astype(int)

cols = ["Pclass", "is_mr", "family", "log_fare", "cabin_known"]
X_tr, X_te, y_tr, y_te = train_test_split(titanic[cols], titanic["Survived"], test_size=0.2, random_state=0)
print(RandomForestClassifier(n_estimators=300).fit(X_tr, y_tr).score(X_te, y_te))
