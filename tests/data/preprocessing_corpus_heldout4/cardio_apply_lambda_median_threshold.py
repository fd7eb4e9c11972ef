import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

cardio = pd.read_csv("cardio_train.csv", sep=";")
cardio["bmi"] = cardio["weight"] / (cardio["height"] / 100) ** 2
cardio["high_bp"] = cardio["ap_hi"].apply(lambda v: 1 if v > cardio["ap_hi"].median() else 0)
features = ["age", "gender", "bmi", "high_bp", "cholesterol", "gluc", "smoke", "active"]

X_train, X_test, y_train, y_test = train_test_split(cardio[features], cardio["cardio"], test_size=0.2, random_state=1)
forest = RandomForestClassifier(n_estimators=200, max_depth=10).fit(X_train, y_train)
print("test accuracy", forest.score(X_test, y_test))
