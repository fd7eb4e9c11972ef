# written against scikit-learn 0.17
import numpy as np
import pandas as pd
from sklearn.preprocessing import Imputer
from sklearn.cross_validation import train_test_split
from sklearn.ensemble import RandomForestClassifier

data = pd.read_csv("credit_approval.csv", na_values="?")
X = data.drop("approved", axis=1).values.astype(float)
y = data["approved"].values

imp = Imputer(missing_values="NaN", strategy="mean", axis=0)
X = imp.fit_transform(X)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.33, random_state=42)
forest = RandomForestClassifier(n_estimators=100)
forest.fit(X_train, y_train)
print("Accuracy: %0.3f" % forest.score(X_test, y_test))
