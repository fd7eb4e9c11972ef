import numpy as np
import pandas as pd
from datasets import Dataset
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

frame = pd.read_csv("hr_attrition.csv")
num_cols = ["Age", "MonthlyIncome", "TotalWorkingYears", "YearsAtCompany", "DistanceFromHome"]
frame[num_cols] = StandardScaler().fit_transform(frame[num_cols])
frame["label"] = (frame["Attrition"] == "Yes").astype(int)

ds = Dataset.from_pandas(frame[num_cols + ["label"]])
splits = ds.train_test_split(test_size=0.2, seed=42)
train, test = splits["train"].to_pandas(), splits["test"].to_pandas()
clf = LogisticRegression(max_iter=500).fit(train[num_cols], train["label"])
print(clf.score(test[num_cols], test["label"]))
