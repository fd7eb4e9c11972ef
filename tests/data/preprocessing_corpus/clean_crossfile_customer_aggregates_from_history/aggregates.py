import pandas as pd

history = pd.read_csv("data/transactions_2019.csv")
per_customer = history.groupby("customer_id").agg(avg_amount=("amount", "mean"), n_tx=("amount", "size"))
per_customer.to_parquet("features/customer_history.parquet")
