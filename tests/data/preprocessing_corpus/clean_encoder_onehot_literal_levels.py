import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

LEVELS = [["low", "med", "high", "vhigh"], ["low", "med", "high", "vhigh"], ["low", "med", "high"]]
df = pd.read_csv("cars_eval.csv")
cats = ["buying", "maint", "safety"]
train, test = train_test_split(df, test_size=0.3, random_state=0)
ohe = OneHotEncoder(categories=LEVELS).fit(train[cats])
clf = LogisticRegression().fit(ohe.transform(train[cats]), train["class"])
print(clf.score(ohe.transform(test[cats]), test["class"]))
