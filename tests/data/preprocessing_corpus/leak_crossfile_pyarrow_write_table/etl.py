import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from sklearn.impute import SimpleImputer

orders = pd.read_csv("orders.csv")
cols = ["basket_value", "items", "days_since_last"]
orders[cols] = SimpleImputer(strategy="median").fit_transform(orders[cols])
pq.write_table(pa.Table.from_pandas(orders), "warehouse/orders_clean.parquet")
