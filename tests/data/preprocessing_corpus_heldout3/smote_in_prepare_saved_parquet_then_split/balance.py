import pandas as pd
from imblearn.over_sampling import SMOTE

tx = pd.read_parquet("bank_transactions.parquet")
X, y = tx.drop(columns="fraud"), tx["fraud"]
X_bal, y_bal = SMOTE(random_state=7).fit_resample(X, y)
X_bal.assign(fraud=y_bal).to_parquet("balanced.parquet")
