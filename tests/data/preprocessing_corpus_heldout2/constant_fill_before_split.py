import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

loans = pd.read_csv("loan_applications.csv")
# no record means no previous loan: zero is the true value, not an estimate
loans["prev_loans"] = loans["prev_loans"].fillna(0)
loans["prev_default"] = loans["prev_default"].fillna(False).astype(int)
loans["employer"] = loans["employer"].fillna("none")
loans["has_employer"] = (loans["employer"] != "none").astype(int)

X = loans[["prev_loans", "prev_default", "has_employer", "amount", "term"]]
y = loans["defaulted"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=8)
tree = DecisionTreeClassifier(max_depth=5).fit(X_tr, y_tr)
print(tree.score(X_te, y_te))
