"""Reads and cleans the churn table; scaling happens in train.py after the split."""
import pandas as pd

churn = pd.read_csv("telco_churn.csv")
churn = churn.dropna(subset=["TotalCharges"])
churn["TotalCharges"] = churn["TotalCharges"].astype(float)
numeric = ["tenure", "MonthlyCharges", "TotalCharges"]
X = churn[numeric]
y = churn["Churn"].eq("Yes").astype(int)
