import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

cars = pd.read_csv("car_evaluation.csv")
train, test = train_test_split(cars, test_size=0.25, random_state=0)
X_train = pd.get_dummies(train.drop(columns="class"))
X_test = pd.get_dummies(test.drop(columns="class")).reindex(columns=X_train.columns, fill_value=0)
print(DecisionTreeClassifier().fit(X_train, train["class"]).score(X_test, test["class"]))
