import pandas as pd

tx = pd.read_csv("data/transactions.csv")
per_customer = tx.groupby("customer_id").agg(avg_amount=("amount", "mean"), n_tx=("amount", "size"))
per_customer.to_parquet("features/customer_aggregates.parquet")
