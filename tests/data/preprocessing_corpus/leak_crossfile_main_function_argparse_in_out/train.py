import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

df = pd.read_csv("data/interim/credit_clean.csv")
print(cross_val_score(LogisticRegression(), df[["income", "income_log", "age"]], df["default"], cv=5).mean())
