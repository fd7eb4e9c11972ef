import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

cust = pd.read_csv("telco_customers.csv")
usage = ["tenure", "MonthlyCharges", "TotalCharges", "num_services"]
cust["TotalCharges"] = pd.to_numeric(cust["TotalCharges"], errors="coerce").fillna(0)

cust["segment"] = KMeans(n_clusters=6, n_init=10, random_state=0).fit_predict(cust[usage])

X = cust[usage + ["segment", "SeniorCitizen"]]
y = (cust["Churn"] == "Yes").astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=7, stratify=y)
xgb = XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05, eval_metric="logloss")
xgb.fit(X_tr, y_tr)
print(xgb.score(X_te, y_te))
