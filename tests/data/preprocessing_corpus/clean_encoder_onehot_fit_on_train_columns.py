import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("telco.csv")
cats = ["contract", "payment", "internet"]
X_train, X_test, y_train, y_test = train_test_split(df[cats], df["churn"], random_state=1)
ohe = OneHotEncoder(handle_unknown="ignore").fit(X_train)
print(LogisticRegression().fit(ohe.transform(X_train), y_train).score(ohe.transform(X_test), y_test))
