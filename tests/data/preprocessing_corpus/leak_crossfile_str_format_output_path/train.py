import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import cross_val_score

wine = pd.read_csv("processed/wine_clean.csv")
print(cross_val_score(GradientBoostingClassifier(), wine[["sulphates", "alcohol"]], wine["quality"] > 6, cv=5).mean())
