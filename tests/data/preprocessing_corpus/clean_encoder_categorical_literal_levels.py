import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

diamonds = pd.read_csv("diamonds.csv")
diamonds["cut"] = pd.Categorical(diamonds["cut"], categories=["Fair", "Good", "Very Good", "Premium", "Ideal"],
                                 ordered=True).codes
X_train, X_test, y_train, y_test = train_test_split(diamonds[["cut", "carat", "depth"]], diamonds["pricey"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
