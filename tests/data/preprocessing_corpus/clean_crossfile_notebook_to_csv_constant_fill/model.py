import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

data = pd.read_csv("titanic_clean.csv")
X, y = data.drop("Survived", axis=1), data["Survived"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
age_mean = X_train["Age"].mean()
X_train = X_train.fillna({"Age": age_mean})
X_test = X_test.fillna({"Age": age_mean})
logreg = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print("Accuracy:", logreg.score(X_test, y_test))
