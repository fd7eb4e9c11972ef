import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

spend = pd.read_csv("household_spending.csv")
cats = ["food", "rent", "transport", "leisure", "health"]
# each household's share of its own spending: a per-row statistic
spend[cats] = spend[cats].div(spend[cats].sum(axis=1), axis=0)
spend["top_cat"] = spend[cats].apply(lambda r: cats.index(r.idxmax()), axis=1)

X_tr, X_te, y_tr, y_te = train_test_split(spend[cats + ["top_cat"]], spend["in_debt"], test_size=0.2, random_state=0)
clf = LogisticRegression(max_iter=1000).fit(X_tr, y_tr)
print(clf.score(X_te, y_te))
