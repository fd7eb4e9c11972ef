import sqlite3

import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

conn = sqlite3.connect("warehouse.db")
df = pd.read_sql("SELECT basket_value, items, returned FROM orders_raw", conn)
X_train, X_test, y_train, y_test = train_test_split(df[["basket_value", "items"]], df["returned"], test_size=0.25)
model = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression())
print(model.fit(X_train, y_train).score(X_test, y_test))
