"""Data preparation for the churn model (imported by train.py)."""
import pandas as pd
from sklearn.preprocessing import MinMaxScaler

churn = pd.read_csv("telco_churn.csv")
churn = churn.dropna(subset=["TotalCharges"])
numeric = ["tenure", "MonthlyCharges", "TotalCharges"]
churn[numeric] = MinMaxScaler().fit_transform(churn[numeric])
X = churn[numeric]
y = churn["Churn"].eq("Yes").astype(int)
