import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

titanic = pd.read_csv("titanic.csv").dropna(subset=["Age"])
steps = {
    "Age": lambda s: s / 100.0,
    "Fare": lambda s: np.log1p(s),
}
for column, fn in steps.items():
    titanic[column] = fn(titanic[column])
X_tr, X_te, y_tr, y_te = train_test_split(titanic[["Age", "Fare", "Pclass"]], titanic["Survived"])
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
