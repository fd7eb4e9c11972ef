# Households in debt vs. spending shares.
# Each household's spending is turned into shares of its own total,
# which needs nothing from other households.
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

budget = pd.read_csv("household_budget.csv")
spend_cols = ["food", "rent", "transport", "leisure", "health"]
shares = budget[spend_cols].apply(lambda row: row / row.sum(), axis=1)
shares["n_members"] = budget["n_members"]

X_train, X_test, y_train, y_test = train_test_split(shares, budget["in_debt"], test_size=0.25, random_state=9)
rf = RandomForestClassifier(n_estimators=300).fit(X_train, y_train)
print(rf.score(X_test, y_test))
