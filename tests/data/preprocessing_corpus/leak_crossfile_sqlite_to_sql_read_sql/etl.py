import sqlite3

import pandas as pd

conn = sqlite3.connect("warehouse.db")
orders = pd.read_csv("orders.csv")
orders["basket_value"] = orders["basket_value"].fillna(orders["basket_value"].median())
orders["items_z"] = (orders["items"] - orders["items"].mean()) / orders["items"].std()
orders.to_sql("order_features", conn, if_exists="replace", index=False)
conn.close()
