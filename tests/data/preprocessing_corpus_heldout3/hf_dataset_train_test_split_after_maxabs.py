import numpy as np
from datasets import load_dataset
from sklearn.preprocessing import MaxAbsScaler
from sklearn.linear_model import LogisticRegression

ds = load_dataset("parquet", data_files="churn_events.parquet")["train"]
mat = np.column_stack([ds[c] for c in ("sessions", "minutes", "tickets", "tenure_days")]).astype(float)
mat = MaxAbsScaler().fit_transform(mat)
ds = ds.add_column("row", list(range(len(ds))))
parts = ds.train_test_split(test_size=0.2, seed=7)
tr_rows, te_rows = np.array(parts["train"]["row"]), np.array(parts["test"]["row"])
y = np.array(ds["churned"])
print(LogisticRegression().fit(mat[tr_rows], y[tr_rows]).score(mat[te_rows], y[te_rows]))
