"""Monthly demand forecast with temperature as an exogenous regressor."""
import numpy as np
import pandas as pd
from statsmodels.tsa.arima.model import ARIMA

frame = pd.read_csv("monthly_demand.csv", index_col="month", parse_dates=True)
horizon = 12
train, test = frame.iloc[:-horizon], frame.iloc[-horizon:]

train = train.assign(temp=train["temp"].ffill())
# a missing temperature in the first test month takes the last known training value:
# values move from the past into the future, never back
test_temp = pd.concat([train["temp"].tail(1), test["temp"]]).ffill().iloc[1:]

fit = ARIMA(train["demand"], exog=train[["temp"]], order=(2, 1, 1)).fit()
pred = fit.forecast(steps=horizon, exog=test_temp.to_frame())
mape = np.mean(np.abs(pred.values - test["demand"].values) / test["demand"].values)
print(f"MAPE {mape:.2%}")
