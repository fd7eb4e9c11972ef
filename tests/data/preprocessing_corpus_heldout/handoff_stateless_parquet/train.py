# Will an order be returned? Trained on clean/orders.parquet from clean.py.
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

orders = pd.read_parquet("clean/orders.parquet")
cols = ["log_value", "hour", "weekend", "items"]
tr, te = train_test_split(orders, test_size=0.2, random_state=0)
sc = StandardScaler().fit(tr[cols])
lr = LogisticRegression(max_iter=500).fit(sc.transform(tr[cols]), tr["returned"])
print(lr.score(sc.transform(te[cols]), te["returned"]))
print("positive rate", te["returned"].mean())
