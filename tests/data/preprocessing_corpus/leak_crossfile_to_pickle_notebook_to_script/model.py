import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

df = pd.read_pickle("survey_encoded.pkl")
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns="renewed"), df["renewed"])
print(LogisticRegression(max_iter=500).fit(X_train, y_train).score(X_test, y_test))
