import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("cars_eval.csv")
cats = ["buying", "maint", "safety"]
levels = [sorted(df[c].unique()) for c in cats]
train, test = train_test_split(df, test_size=0.3, random_state=0)
ohe = OneHotEncoder(categories=levels, handle_unknown="error").fit(train[cats])
clf = LogisticRegression().fit(ohe.transform(train[cats]), train["class"])
print(clf.score(ohe.transform(test[cats]), test["class"]))
