import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

heart = pd.read_csv("heart_cleveland.csv")
heart = heart.eval(f"high_chol = chol > {heart['chol'].quantile(0.75)}")
heart = heart.eval("old = age >= 60")

X = heart[["high_chol", "old", "trestbps", "thalach", "oldpeak", "ca"]].astype(float)
y = heart["condition"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=9)
dt = DecisionTreeClassifier(max_depth=3).fit(X_train, y_train)
print(dt.score(X_test, y_test))
