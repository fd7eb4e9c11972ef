import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from tensorflow import keras

prices = pd.read_csv("AAPL_daily.csv", parse_dates=["Date"], index_col="Date")["Close"].to_numpy().reshape(-1, 1)
split = int(len(prices) * 0.8)
scaler = MinMaxScaler().fit(prices[:split])
scaled = scaler.transform(prices)
lookback = 60
X = np.array([scaled[i - lookback:i, 0] for i in range(lookback, len(scaled))])[..., None]
y = scaled[lookback:, 0]
cut = split - lookback
model = keras.Sequential([keras.layers.Input((lookback, 1)), keras.layers.LSTM(50), keras.layers.Dense(1)])
model.compile("adam", "mse")
model.fit(X[:cut], y[:cut], epochs=5, batch_size=32, validation_data=(X[cut:], y[cut:]))
