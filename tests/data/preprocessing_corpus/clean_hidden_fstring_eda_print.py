import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

df = pd.read_csv("heart.csv")
print(f"mean age {df['age'].mean():.1f}, cholesterol sd {df['chol'].std():.1f}")
print("class balance", df["target"].value_counts(normalize=True).to_dict())
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns="target"), df["target"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
