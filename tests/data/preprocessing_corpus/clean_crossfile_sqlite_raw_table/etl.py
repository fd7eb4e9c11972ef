import sqlite3

import pandas as pd

conn = sqlite3.connect("warehouse.db")
orders = pd.read_csv("orders.csv")
orders.to_sql("orders_raw", conn, if_exists="replace", index=False)
conn.close()
