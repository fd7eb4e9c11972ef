import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

leads = pd.read_csv("crm_leads.csv")
cols = ["visits", "pages", "minutes", "emails_opened"]
labelled = leads[leads["converted"].notnull() & leads["visits"].notnull()]
train, holdout = train_test_split(labelled, test_size=0.25, random_state=3)

scaler = StandardScaler().fit(train[cols])
clf = LogisticRegression(max_iter=1000).fit(scaler.transform(train[cols]), train["converted"].astype(int))
print("holdout accuracy", clf.score(scaler.transform(holdout[cols]), holdout["converted"].astype(int)))
