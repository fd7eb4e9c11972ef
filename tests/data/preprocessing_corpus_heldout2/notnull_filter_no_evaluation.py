"""Fit the production model on every labelled row; no evaluation happens in this script."""
import joblib
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

leads = pd.read_csv("crm_leads.csv")
cols = ["visits", "pages", "minutes", "emails_opened"]
scaler = StandardScaler().fit(leads[cols])
leads[cols] = scaler.transform(leads[cols])
labelled = leads[leads["converted"].notnull()]

model = LogisticRegression(max_iter=1000).fit(labelled[cols], labelled["converted"].astype(int))
joblib.dump({"scaler": scaler, "model": model}, "artifacts/lead_model.joblib")
print("trained on", len(labelled), "rows")
