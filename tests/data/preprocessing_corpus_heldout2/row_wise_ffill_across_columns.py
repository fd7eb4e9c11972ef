import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

# one row per customer, monthly balance columns m01..m12; a missing month repeats the previous month
bal = pd.read_csv("balances_wide.csv")
months = [f"m{i:02d}" for i in range(1, 13)]
bal[months] = bal[months].ffill(axis=1)
bal[months] = bal[months].fillna(0)
bal["trend"] = bal["m12"] - bal["m01"]

X = bal[months + ["trend"]]
y = bal["churned"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=5, stratify=y)
print(LogisticRegression(max_iter=2000).fit(X_tr, y_tr).score(X_te, y_te))
