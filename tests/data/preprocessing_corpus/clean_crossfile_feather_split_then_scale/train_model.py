import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler

churn = pd.read_feather("data/interim/churn_clean.feather")
X = churn[["tenure", "monthly_charges", "total_charges"]]
y = (churn["churn"] == "Yes").astype(int)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=7)
mms = MinMaxScaler().fit(X_tr)
gbc = GradientBoostingClassifier().fit(mms.transform(X_tr), y_tr)
print(gbc.score(mms.transform(X_te), y_te))
