import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import KBinsDiscretizer
from sklearn.model_selection import cross_val_score
from sklearn.naive_bayes import CategoricalNB

census = pd.read_csv("census_income_numeric.csv")
binner = make_column_transformer((KBinsDiscretizer(n_bins=8, encode="ordinal", strategy="quantile"), ["age", "hours_per_week", "capital_gain"]), remainder="drop")
binned = binner.fit_transform(census)
print(cross_val_score(CategoricalNB(), binned, census["high_income"], cv=5).mean())
