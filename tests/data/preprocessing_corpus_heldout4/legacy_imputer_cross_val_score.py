import pandas as pd
from sklearn.preprocessing import Imputer
from sklearn.cross_validation import cross_val_score
from sklearn.ensemble import RandomForestClassifier

arr = pd.read_csv("arrhythmia.data", header=None, na_values="?")
y = (arr.iloc[:, -1] != 1).astype(int).values
X = arr.iloc[:, :-1].values
X = Imputer(missing_values="NaN", strategy="median", axis=0).fit_transform(X)

scores = cross_val_score(RandomForestClassifier(n_estimators=250), X, y, cv=5)
print("Accuracy: %0.2f (+/- %0.2f)" % (scores.mean(), scores.std() * 2))
