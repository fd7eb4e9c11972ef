import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

pima = pd.read_csv("diabetes.csv")
zero_means_missing = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
pima[zero_means_missing] = pima[zero_means_missing].replace(0, np.nan)

imputer = KNNImputer(n_neighbors=7, weights="distance")
values = imputer.fit_transform(pima.drop(columns="Outcome"))

X_train, X_test, y_train, y_test = train_test_split(values, pima["Outcome"], test_size=0.25, random_state=0)
svc = SVC(kernel="rbf", C=3).fit(X_train, y_train)
print("test accuracy:", round(svc.score(X_test, y_test), 3))
print("positives in test:", int(y_test.sum()))
