import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

fx = pd.read_csv("eurusd_daily.csv", parse_dates=["date"]).sort_values("date").set_index("date")
fx = fx.asfreq("B").ffill()
fx["ret"] = fx["close"].pct_change()
for k in range(1, 6):
    fx[f"ret_lag{k}"] = fx["ret"].shift(k)
fx["up_next"] = (fx["ret"].shift(-1) > 0).astype(int)
fx = fx.dropna()

split_at = fx.index[int(len(fx) * 0.75)]
train, test = fx[fx.index < split_at], fx[fx.index >= split_at]
lags = [f"ret_lag{k}" for k in range(1, 6)]
clf = LogisticRegression().fit(train[lags], train["up_next"])
print("directional accuracy", accuracy_score(test["up_next"], clf.predict(test[lags])))
