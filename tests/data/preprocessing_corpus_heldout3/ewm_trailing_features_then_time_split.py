import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor

btc = pd.read_csv("btc_usd_daily.csv", parse_dates=["Date"], index_col="Date").sort_index()
btc["ema_7"] = btc["Close"].ewm(span=7, adjust=False).mean().shift(1)
btc["ret_1"] = btc["Close"].pct_change().shift(1)
btc = btc.dropna()

train, test = btc.loc[:"2022-12-31"], btc.loc["2023-01-01":]
feats = ["ema_7", "ret_1", "Volume"]
gbr = GradientBoostingRegressor().fit(train[feats], train["Close"])
print(gbr.score(test[feats], test["Close"]))
