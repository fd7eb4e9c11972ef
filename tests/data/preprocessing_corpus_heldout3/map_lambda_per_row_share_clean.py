import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

budget = pd.read_csv("household_budget_survey.csv")
spend = ["food", "housing", "transport", "leisure"]
shares = budget[spend].apply(lambda row: row / row.sum(), axis=1)
shares.columns = [c + "_share" for c in spend]
X = pd.concat([budget[["household_size"]], shares], axis=1)
a, b, ya, yb = train_test_split(X, budget["urban"], test_size=0.2, random_state=0)
print(LogisticRegression(max_iter=1000).fit(a, ya).score(b, yb))
