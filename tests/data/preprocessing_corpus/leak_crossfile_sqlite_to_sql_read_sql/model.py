import sqlite3

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

conn = sqlite3.connect("warehouse.db")
df = pd.read_sql("SELECT basket_value, items_z, returned FROM order_features", conn)
X_train, X_test, y_train, y_test = train_test_split(df[["basket_value", "items_z"]], df["returned"], test_size=0.25)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
