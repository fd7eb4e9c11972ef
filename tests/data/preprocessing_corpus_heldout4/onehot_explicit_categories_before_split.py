import numpy as np
import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

fires = pd.read_csv("forestfires.csv")
enc = OneHotEncoder(categories=[MONTHS, DAYS], sparse_output=False)
calendar = enc.fit_transform(fires[["month", "day"]])
X = np.hstack([fires[["FFMC", "DMC", "DC", "ISI", "temp", "RH", "wind", "rain"]].to_numpy(), calendar])
y = (fires["area"] > 0).astype(int)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1)
print(GradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
