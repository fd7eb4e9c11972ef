import pandas as pd
from sklearn.svm import SVC
from sklearn.model_selection import cross_val_score

pima = pd.read_csv("diabetes.csv")
for col in ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]:
    pima[col] = pima[col].mask(pima[col] == 0, pima.loc[pima[col] != 0, col].mean())
X = pima.drop(columns="Outcome")
print(cross_val_score(SVC(), X, pima["Outcome"], cv=10).mean())
