import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

credit = pd.read_csv("give_me_some_credit.csv").dropna()
credit["income_pct"] = credit["MonthlyIncome"].rank(pct=True)
cols = ["income_pct", "age", "DebtRatio", "NumberOfOpenCreditLinesAndLoans", "NumberOfTimes90DaysLate"]

train, test = train_test_split(credit, test_size=0.3, stratify=credit["SeriousDlqin2yrs"], random_state=8)
model = LogisticRegression(max_iter=2000, class_weight="balanced").fit(train[cols], train["SeriousDlqin2yrs"])
print("test accuracy", model.score(test[cols], test["SeriousDlqin2yrs"]))
