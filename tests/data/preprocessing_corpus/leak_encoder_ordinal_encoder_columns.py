import pandas as pd
from sklearn.preprocessing import OrdinalEncoder
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import HistGradientBoostingClassifier

bank = pd.read_csv("bank_marketing.csv", sep=";")
cats = bank.select_dtypes("object").columns.drop("y")
bank[cats] = OrdinalEncoder().fit_transform(bank[cats])
X, y = bank.drop(columns="y"), bank["y"]
print(cross_val_score(HistGradientBoostingClassifier(), X, y, cv=KFold(5, shuffle=True)).mean())
