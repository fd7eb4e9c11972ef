import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from src.preprocessing import NUMERIC, drop_test_accounts, normalise

accounts = pd.read_csv("data/accounts.csv")
accounts = normalise(drop_test_accounts(accounts))
train, test = train_test_split(accounts, test_size=0.2, stratify=accounts["churned"], random_state=0)
clf = LogisticRegression(max_iter=1000, class_weight="balanced").fit(train[NUMERIC], train["churned"])
print("F1", f1_score(test["churned"], clf.predict(test[NUMERIC])))
