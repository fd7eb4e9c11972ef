import pandas as pd
from sklearn.preprocessing import QuantileTransformer
from sklearn.ensemble import HistGradientBoostingClassifier

events = pd.read_parquet("payments_2023.parquet").sort_values("created_at")
cols = ["amount", "merchant_age_days", "n_prev_tx"]
cut = int(len(events) * 0.8)
train, test = events.iloc[:cut], events.iloc[cut:]
qt = QuantileTransformer(n_quantiles=500).fit(train[cols])
clf = HistGradientBoostingClassifier().fit(qt.transform(train[cols]), train["chargeback"])
print(clf.score(qt.transform(test[cols]), test["chargeback"]))
