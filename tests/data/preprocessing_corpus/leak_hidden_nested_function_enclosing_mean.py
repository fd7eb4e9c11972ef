import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier


def build_features(df):
    age_mean = df["age"].mean()

    def older(a):
        return int(a > age_mean)

    df["older"] = df["age"].apply(older)
    return df


heart = build_features(pd.read_csv("heart.csv"))
X_train, X_test, y_train, y_test = train_test_split(heart[["older", "chol", "thalach"]], heart["target"])
print(DecisionTreeClassifier(max_depth=4).fit(X_train, y_train).score(X_test, y_test))
