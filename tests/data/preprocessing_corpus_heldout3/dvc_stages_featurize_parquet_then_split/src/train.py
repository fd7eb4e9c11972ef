import sys
import json
import pandas as pd
from sklearn.linear_model import LogisticRegression

train, test = pd.read_parquet(sys.argv[1]), pd.read_parquet(sys.argv[2])
cols = ["tenure", "MonthlyCharges", "TotalCharges", "SeniorCitizen"]
clf = LogisticRegression(max_iter=1000).fit(train[cols], train["Churn"] == "Yes")
json.dump({"accuracy": clf.score(test[cols], test["Churn"] == "Yes")}, open("metrics.json", "w"))
