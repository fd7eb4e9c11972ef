import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score

cols = ["Air temperature [K]", "Process temperature [K]", "Rotational speed [rpm]", "Torque [Nm]", "Tool wear [min]"]
train = pd.read_parquet("processed/train.parquet")
test = pd.read_parquet("processed/test.parquet")
rf = RandomForestClassifier(n_estimators=300, class_weight="balanced", random_state=0).fit(train[cols], train["Machine failure"])
print("test F1", f1_score(test["Machine failure"], rf.predict(test[cols])))
