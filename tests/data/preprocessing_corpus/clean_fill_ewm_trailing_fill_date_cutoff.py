import pandas as pd
from sklearn.ensemble import RandomForestClassifier

prices = pd.read_csv("btc_hourly.csv", index_col="time", parse_dates=True).sort_index()
prices["close"] = prices["close"].fillna(prices["close"].ewm(span=12).mean())
prices["ret"] = prices["close"].pct_change()
prices["up"] = (prices["ret"].shift(-1) > 0).astype(int)
prices = prices.dropna()
tr = prices.loc[:"2022-06-30"]
te = prices.loc["2022-07-01":]
rf = RandomForestClassifier().fit(tr[["close", "ret"]], tr["up"])
print(rf.score(te[["close", "ret"]], te["up"]))
