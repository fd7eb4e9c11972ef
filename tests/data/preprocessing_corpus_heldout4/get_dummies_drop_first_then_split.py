import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report

hr = pd.read_csv("HR_comma_sep.csv")
hr = pd.get_dummies(hr, columns=["sales", "salary"], drop_first=True)
X = hr.drop(columns="left")
y = hr["left"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42)
logit = LogisticRegression(max_iter=3000).fit(X_train, y_train)
print(classification_report(y_test, logit.predict(X_test)))
