import sys
import pandas as pd
from sklearn.linear_model import LogisticRegression

train, test = pd.read_parquet(sys.argv[1]), pd.read_parquet(sys.argv[2])
cols = ["tenure", "MonthlyCharges", "SeniorCitizen"]
clf = LogisticRegression(max_iter=1000).fit(train[cols], train["Churn"] == "Yes")
print(clf.score(test[cols], test["Churn"] == "Yes"))
