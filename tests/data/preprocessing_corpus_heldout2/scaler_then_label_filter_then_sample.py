import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

leads = pd.read_csv("crm_leads.csv")
cols = ["visits", "pages", "minutes", "emails_opened"]
leads[cols] = StandardScaler().fit_transform(leads[cols])
labelled = leads[leads["converted"].notnull()]

train = labelled.sample(frac=0.75, random_state=3)
holdout = labelled.drop(train.index)
clf = LogisticRegression(max_iter=1000).fit(train[cols], train["converted"].astype(int))
print("holdout accuracy", clf.score(holdout[cols], holdout["converted"].astype(int)))
