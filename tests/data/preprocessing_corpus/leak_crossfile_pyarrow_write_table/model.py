import pyarrow.parquet as pq
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

orders = pq.read_table("warehouse/orders_clean.parquet").to_pandas()
X_tr, X_te, y_tr, y_te = train_test_split(orders[["basket_value", "items", "days_since_last"]], orders["returned"])
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
