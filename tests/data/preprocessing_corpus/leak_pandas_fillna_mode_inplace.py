import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("titanic.csv")
df["Embarked"].fillna(df["Embarked"].mode()[0], inplace=True)
df["Embarked"] = df["Embarked"].map({"S": 0, "C": 1, "Q": 2})
df = df[["Pclass", "Embarked", "SibSp", "Parch", "Survived"]]
train_df, test_df = train_test_split(df, test_size=0.2, random_state=0)
clf = LogisticRegression().fit(train_df.drop(columns="Survived"), train_df["Survived"])
print(clf.score(test_df.drop(columns="Survived"), test_df["Survived"]))
