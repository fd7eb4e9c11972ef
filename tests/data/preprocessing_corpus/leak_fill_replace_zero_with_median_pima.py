import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

diabetes = pd.read_csv("diabetes.csv")
for column in ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]:
    diabetes[column] = diabetes[column].replace(0, np.nan)
    diabetes[column] = diabetes[column].replace(np.nan, diabetes[column].median())
X = diabetes.iloc[:, 0:8]
y = diabetes.iloc[:, 8]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0, test_size=0.2)
knn = KNeighborsClassifier(n_neighbors=11, p=2, metric="euclidean")
knn.fit(X_train, y_train)
print(knn.score(X_test, y_test))
