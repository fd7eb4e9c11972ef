import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

tel = pd.read_csv("telco_churn_numeric.csv")
usage = ["tenure", "MonthlyCharges", "TotalCharges"]
train, test = train_test_split(tel, test_size=0.25, random_state=11, stratify=tel["Churn"])
train, test = train.copy(), test.copy()

km = KMeans(n_clusters=4, n_init="auto", random_state=11).fit(train[usage])
train["cluster"] = km.labels_
test["cluster"] = km.predict(test[usage])

cols = usage + ["cluster", "SeniorCitizen"]
lr = LogisticRegression(max_iter=3000).fit(train[cols], train["Churn"])
print("test accuracy", lr.score(test[cols], test["Churn"]))
