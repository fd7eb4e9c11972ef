import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

tx = pd.read_csv("data/transactions.csv")
aggregates = pd.read_parquet("features/customer_aggregates.parquet")
tx = tx.join(aggregates, on="customer_id")
X = tx[["amount", "avg_amount", "n_tx"]]
X_train, X_test, y_train, y_test = train_test_split(X, tx["fraud"], test_size=0.2, stratify=tx["fraud"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
