import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

df = pd.read_csv("customers.csv")
df["income_band"] = pd.qcut(df["income"], q=5, labels=False)
df["age_band"] = pd.qcut(df["age"], q=4, labels=False)

X = df[["income_band", "age_band", "tenure"]]
y = df["defaulted"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
XGBClassifier().fit(X_train, y_train).score(X_test, y_test)
