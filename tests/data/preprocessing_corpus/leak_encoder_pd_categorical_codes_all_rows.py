import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

cars = pd.read_csv("car_evaluation_data.csv")
for col in ["buying", "maint", "lug_boot", "safety"]:
    cars[col] = pd.Categorical(cars[col]).codes
X_train, X_test, y_train, y_test = train_test_split(cars[["buying", "maint", "lug_boot", "safety"]], cars["class"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
