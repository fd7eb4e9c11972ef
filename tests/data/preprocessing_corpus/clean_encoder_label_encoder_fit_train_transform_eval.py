import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

df = pd.read_csv("cars.csv")
train, test = train_test_split(df, test_size=0.2, random_state=0)
enc = LabelEncoder().fit(train["brand"])
train = train.assign(brand=enc.transform(train["brand"]))
test = test[test["brand"].isin(enc.classes_)]
test = test.assign(brand=enc.transform(test["brand"]))
tree = DecisionTreeClassifier().fit(train[["brand", "km"]], train["sold"])
print(tree.score(test[["brand", "km"]], test["sold"]))
