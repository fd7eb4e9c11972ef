import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

df = pd.read_csv("train.csv")
df["Sex"] = df["Sex"].map({"male": 0, "female": 1})
train_df, val_df = train_test_split(df, test_size=0.2)
median_age = train_df.groupby(["Pclass", "Sex"])["Age"].median().to_dict()


def impute_age(row):
    if pd.isnull(row["Age"]):
        return median_age[(row["Pclass"], row["Sex"])]
    return row["Age"]


train_df = train_df.assign(Age=train_df.apply(impute_age, axis=1))
val_df = val_df.assign(Age=val_df.apply(impute_age, axis=1))
features = ["Pclass", "Sex", "Age", "Fare"]
rf = RandomForestClassifier(n_estimators=100).fit(train_df[features], train_df["Survived"])
print(rf.score(val_df[features], val_df["Survived"]))
