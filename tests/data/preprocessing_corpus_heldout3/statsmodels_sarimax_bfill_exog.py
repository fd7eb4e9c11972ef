import pandas as pd
import statsmodels.api as sm

df = pd.read_csv("electricity_demand_temps.csv", parse_dates=["date"], index_col="date").asfreq("D")
df["max_temp"] = df["max_temp"].bfill()
train = df.loc[:"2019-12-31"]
test = df.loc["2020-01-01":]

model = sm.tsa.SARIMAX(train["demand"], exog=train[["max_temp"]], order=(2, 0, 1), seasonal_order=(1, 0, 1, 7))
res = model.fit(disp=False)
fc = res.get_forecast(steps=len(test), exog=test[["max_temp"]])
print(((fc.predicted_mean - test["demand"]).abs()).mean())
