import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler
from sklearn.neural_network import MLPRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_val_score

stock = pd.read_csv("AAPL.csv", parse_dates=["Date"], index_col="Date")
close = stock["Close"].to_numpy()
X = np.array([close[i - 20:i] for i in range(20, len(close))])
y = close[20:]
pipe = Pipeline([("scale", MinMaxScaler()), ("mlp", MLPRegressor(hidden_layer_sizes=(50,), max_iter=2000))])
print(cross_val_score(pipe, X, y, cv=TimeSeriesSplit(n_splits=5), scoring="neg_mean_absolute_error"))
