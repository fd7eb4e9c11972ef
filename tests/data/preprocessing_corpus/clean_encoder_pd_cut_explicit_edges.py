import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

people = pd.read_csv("people.csv")
people["age_band"] = pd.cut(people["age"], bins=[0, 18, 35, 50, 65, 120], labels=False)
people["log_income"] = people["income"].clip(lower=0).add(1).pipe(lambda s: s.apply(float))
X_train, X_test, y_train, y_test = train_test_split(people[["age_band", "log_income"]], people["owns_home"])
print(DecisionTreeClassifier().fit(X_train, y_train).score(X_test, y_test))
