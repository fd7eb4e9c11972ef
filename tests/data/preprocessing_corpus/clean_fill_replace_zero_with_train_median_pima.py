import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

diabetes = pd.read_csv("diabetes.csv")
zero_is_missing = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
diabetes[zero_is_missing] = diabetes[zero_is_missing].replace(0, np.nan)
X = diabetes.iloc[:, 0:8]
y = diabetes.iloc[:, 8]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0, test_size=0.2)
medians = X_train[zero_is_missing].median()
X_train = X_train.fillna(medians)
X_test = X_test.fillna(medians)
knn = KNeighborsClassifier(n_neighbors=11).fit(X_train, y_train)
print(knn.score(X_test, y_test))
