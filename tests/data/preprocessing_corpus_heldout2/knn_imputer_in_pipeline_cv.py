import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.model_selection import cross_val_score, StratifiedKFold

pima = pd.read_csv("diabetes.csv")
cols = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
pima[cols] = pima[cols].replace(0, np.nan)
X, y = pima.drop(columns="Outcome"), pima["Outcome"]

pipe = Pipeline([("impute", KNNImputer(n_neighbors=7)), ("scale", StandardScaler()), ("svc", SVC(C=3))])
scores = cross_val_score(pipe, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0))
print(scores.mean(), scores.std())
