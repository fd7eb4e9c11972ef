import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

air = pd.read_csv("AirQualityUCI.csv", sep=";", decimal=",")
air = air.drop(columns=["Unnamed: 15", "Unnamed: 16"])
air.fillna(method="pad", inplace=True)
air["high_co"] = (air["CO(GT)"] > 2.0).astype(int)
features = air[["PT08.S1(CO)", "C6H6(GT)", "T", "RH", "AH"]]
x_train, x_test, y_train, y_test = train_test_split(features, air["high_co"], test_size=0.3)
tree = DecisionTreeClassifier(max_depth=6).fit(x_train, y_train)
print(tree.score(x_test, y_test))
