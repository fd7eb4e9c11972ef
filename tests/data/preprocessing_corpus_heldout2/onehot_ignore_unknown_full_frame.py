import numpy as np
import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

bank = pd.read_csv("bank-additional-full.csv", sep=";")
cat_cols = ["job", "marital", "education", "default", "housing", "loan", "contact", "month", "poutcome"]
num_cols = ["age", "campaign", "pdays", "previous", "emp.var.rate", "euribor3m"]

ohe = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
cats = ohe.fit_transform(bank[cat_cols])
X = np.hstack([bank[num_cols].to_numpy(), cats])
y = (bank["y"] == "yes").astype(int).to_numpy()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)
clf = LogisticRegression(max_iter=3000).fit(X_train, y_train)
print("accuracy", clf.score(X_test, y_test))
