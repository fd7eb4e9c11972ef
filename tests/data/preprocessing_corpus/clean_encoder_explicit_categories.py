import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

survey = pd.read_csv("survey.csv")
levels = [["never", "sometimes", "often", "always"], ["north", "south", "east", "west"]]
enc = OneHotEncoder(categories=levels, sparse_output=False)
X = enc.fit_transform(survey[["frequency", "region"]])
X_train, X_test, y_train, y_test = train_test_split(X, survey["buys"], random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
