import numpy as np
import pandas as pd
from statsmodels.tsa.holtwinters import ExponentialSmoothing

sales = pd.read_csv("retail_monthly_sales.csv", index_col="month", parse_dates=True)["units"].asfreq("MS")
sales = sales.bfill()

errors = []
for end in range(len(sales) - 12, len(sales)):
    history, actual = sales.iloc[:end], sales.iloc[end]
    fit = ExponentialSmoothing(history, trend="add", seasonal="mul", seasonal_periods=12).fit()
    errors.append(abs(fit.forecast(1).iloc[0] - actual))
print("walk-forward MAE", np.mean(errors))
