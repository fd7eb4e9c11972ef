import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

cars = pd.read_csv("car_evaluation.csv")
X = pd.get_dummies(cars.drop(columns="class"), columns=["buying", "maint", "doors", "persons", "lug_boot", "safety"])
y = cars["class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
print(DecisionTreeClassifier().fit(X_train, y_train).score(X_test, y_test))
