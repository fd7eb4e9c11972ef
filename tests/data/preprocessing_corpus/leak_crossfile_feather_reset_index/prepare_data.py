import pandas as pd
from sklearn.preprocessing import MinMaxScaler

NUMERIC = ["tenure", "monthly_charges", "total_charges"]

churn = pd.read_csv("data/raw/telco_churn.csv")
churn["total_charges"] = pd.to_numeric(churn["total_charges"], errors="coerce")
churn = churn.dropna(subset=["total_charges"])
churn[NUMERIC] = MinMaxScaler().fit_transform(churn[NUMERIC])
churn.reset_index(drop=True).to_feather("data/interim/churn_scaled.feather")
