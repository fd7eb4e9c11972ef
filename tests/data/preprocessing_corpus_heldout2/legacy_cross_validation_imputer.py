# scikit-learn 0.17 era script
import numpy as np
import pandas as pd
from sklearn import preprocessing
from sklearn.cross_validation import train_test_split
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("horse_colic.csv", na_values="?")
y = df.pop("outcome").values
imp = preprocessing.Imputer(missing_values="NaN", strategy="median", axis=0)
X = imp.fit_transform(df.values)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
clf = LogisticRegression(C=1.0)
clf.fit(X_train, y_train)
print("Accuracy: %0.3f" % clf.score(X_test, y_test))
print("Train/test sizes: %d/%d" % (len(y_train), len(y_test)))
