import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error

TICKERS = ["AAPL", "MSFT", "GOOG", "AMZN"]

prices = pd.read_csv("close_prices.csv", index_col="date", parse_dates=True)[TICKERS]
prices = prices.bfill()
returns = prices.pct_change().dropna()

def lagged(frame, lags=5):
    cols = {}
    for t in frame.columns:
        for k in range(1, lags + 1):
            cols[f"{t}_lag{k}"] = frame[t].shift(k)
    return pd.DataFrame(cols, index=frame.index)

feats = lagged(returns).dropna()
target = returns["AAPL"].loc[feats.index]

cut = int(len(feats) * 0.8)
X_tr, X_te = feats.values[:cut], feats.values[cut:]
y_tr, y_te = target.values[:cut], target.values[cut:]

model = Ridge(alpha=1.0).fit(X_tr, y_tr)
print("MAE:", mean_absolute_error(y_te, model.predict(X_te)))
