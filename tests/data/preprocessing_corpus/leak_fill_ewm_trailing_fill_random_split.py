import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

prices = pd.read_csv("btc_hourly.csv", index_col="time", parse_dates=True)
prices["close"] = prices["close"].fillna(prices["close"].ewm(span=12).mean())
prices["ret"] = prices["close"].pct_change()
prices["up"] = (prices["ret"].shift(-1) > 0).astype(int)
prices = prices.dropna()
tr, te = train_test_split(prices, test_size=0.3, random_state=5)
rf = RandomForestClassifier().fit(tr[["close", "ret"]], tr["up"])
print(rf.score(te[["close", "ret"]], te["up"]))
