import pandas as pd

churn = pd.read_csv("data/raw/telco_churn.csv")
churn["total_charges"] = pd.to_numeric(churn["total_charges"], errors="coerce")
churn = churn.dropna(subset=["total_charges"])
churn.reset_index(drop=True).to_feather("data/interim/churn_clean.feather")
