import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

diabetes = pd.read_csv("pima.csv")
cols = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
diabetes[cols] = diabetes[cols].replace(0, np.nan)
diabetes[cols] = KNNImputer(n_neighbors=5).fit_transform(diabetes[cols])
X_tr, X_te, y_tr, y_te = train_test_split(diabetes.drop(columns="Outcome"), diabetes["Outcome"], test_size=0.3)
print(SVC().fit(X_tr, y_tr).score(X_te, y_te))
