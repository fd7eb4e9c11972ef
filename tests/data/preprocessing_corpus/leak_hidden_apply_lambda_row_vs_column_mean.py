import pandas as pd
from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split

titanic = pd.read_csv("titanic.csv")
titanic["Age"] = titanic["Age"].fillna(28)
titanic["old"] = titanic["Age"].apply(lambda a: 1 if a > titanic["Age"].mean() else 0)
titanic["fare_hi"] = titanic.apply(lambda r: int(r["Fare"] > titanic["Fare"].quantile(0.75)), axis=1)
X = titanic[["Pclass", "old", "fare_hi"]]
y = titanic["Survived"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(DecisionTreeClassifier(max_depth=3).fit(X_train, y_train).score(X_test, y_test))
