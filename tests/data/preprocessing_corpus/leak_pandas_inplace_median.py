import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

titanic = pd.read_csv("titanic.csv")
titanic["Age"].fillna(titanic["Age"].median(), inplace=True)
titanic["Fare"].fillna(titanic["Fare"].mean(), inplace=True)
titanic["Sex"] = titanic["Sex"].map({"male": 0, "female": 1})

X = titanic[["Pclass", "Sex", "Age", "Fare"]]
y = titanic["Survived"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2)
rf = RandomForestClassifier(random_state=0).fit(X_train, y_train)
print(rf.score(X_test, y_test))
