import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

bank = pd.read_parquet("artifacts/bank_marketing_clean.parquet")
X_train, X_test, y_train, y_test = train_test_split(bank[["balance", "age"]], bank["y"] == "yes")
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
