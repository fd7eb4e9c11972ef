import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("data/interim/credit_features.csv")
X_train, X_test, y_train, y_test = train_test_split(df[["income", "debt", "age"]], df["default"], test_size=0.2)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
