import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

train_df = pd.read_csv("train.csv")
median_age = train_df.groupby(["Pclass", "Sex"])["Age"].median().to_dict()


def impute_age(row):
    if pd.isnull(row["Age"]):
        return median_age[(row["Pclass"], row["Sex"])]
    return row["Age"]


train_df["Age"] = train_df.apply(impute_age, axis=1)
train_df["Sex"] = train_df["Sex"].map({"male": 0, "female": 1})
features = ["Pclass", "Sex", "Age", "Fare"]
X_train, X_val, y_train, y_val = train_test_split(train_df[features], train_df["Survived"], test_size=0.2)
print(RandomForestClassifier(n_estimators=100).fit(X_train, y_train).score(X_val, y_val))
