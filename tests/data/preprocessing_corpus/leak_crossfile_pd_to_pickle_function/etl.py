import pandas as pd

orders = pd.read_csv("orders.csv", parse_dates=["order_date"])
orders["basket_value"] = orders["basket_value"].fillna(orders["basket_value"].mean())
orders["days_since_first"] = (orders["order_date"] - orders["order_date"].min()).dt.days
pd.to_pickle(orders, "orders_clean.pkl")
