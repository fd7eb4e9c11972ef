import numpy as np
import pandas as pd
from statsmodels.tsa.holtwinters import ExponentialSmoothing

sales = pd.read_csv("retail_monthly_sales.csv", index_col="month", parse_dates=True)["units"].asfreq("MS")

errors = []
for end in range(len(sales) - 12, len(sales)):
    history = sales.iloc[:end].ffill()
    actual = sales.iloc[end]
    if np.isnan(actual):
        continue
    fit = ExponentialSmoothing(history.dropna(), trend="add", seasonal="mul", seasonal_periods=12).fit()
    errors.append(abs(fit.forecast(1).iloc[0] - actual))
print("walk-forward MAE", np.mean(errors))
