import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.svm import SVC

pima = pd.read_csv("diabetes.csv")
for col in ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]:
    pima[col] = pima[col].mask(pima[col] == 0, np.nan)
X = pima.drop(columns="Outcome")
print(cross_val_score(make_pipeline(SimpleImputer(strategy="mean"), SVC()), X, pima["Outcome"], cv=10).mean())
