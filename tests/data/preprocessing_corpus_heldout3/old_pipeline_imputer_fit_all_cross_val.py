import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Imputer, StandardScaler
from sklearn.cross_validation import cross_val_score
from sklearn.linear_model import LogisticRegression

X = np.genfromtxt("horse_colic_X.csv", delimiter=",")
y = np.genfromtxt("horse_colic_y.csv", delimiter=",")
prep = Pipeline([("imputer", Imputer(strategy="mean")), ("scaler", StandardScaler())])
X_ready = prep.fit_transform(X)
print(cross_val_score(LogisticRegression(), X_ready, y, cv=10).mean())
