import pandas as pd
from imblearn.over_sampling import SMOTE

churn = pd.read_csv("data/bank_churn_numeric.csv")
X, y = churn.drop(columns="Exited"), churn["Exited"]
X_res, y_res = SMOTE(random_state=42).fit_resample(X, y)
balanced = X_res.assign(Exited=y_res)
balanced.to_csv("data/bank_churn_balanced.csv", index=False)
print(balanced["Exited"].value_counts())
