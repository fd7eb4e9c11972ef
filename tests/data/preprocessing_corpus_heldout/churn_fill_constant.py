import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

df = pd.read_csv("telco_churn.csv")
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
df = df.fillna(-999)
df["tenure_years"] = df["tenure"] / 12.0
df["charges_per_month"] = df["TotalCharges"] / (df["tenure"] + 1)

X = df.select_dtypes("number").drop(columns=["Churn"])
y = df["Churn"]
X_train, X_valid, y_train, y_valid = train_test_split(X, y, stratify=y, test_size=0.2, random_state=42)

xgb = XGBClassifier(n_estimators=600, learning_rate=0.03, max_depth=4, subsample=0.8)
xgb.fit(X_train, y_train, eval_set=[(X_valid, y_valid)], verbose=False)
print("valid accuracy", (xgb.predict(X_valid) == y_valid).mean())
