import pandas as pd
from sklearn.linear_model import Ridge

visits = pd.read_csv("website_daily.csv", parse_dates=["day"]).sort_values("day").set_index("day")
# trailing windows and lags only look backwards in time
visits["ma_7"] = visits["sessions"].rolling(7).mean().shift(1)
visits["ma_28"] = visits["sessions"].rolling(28).mean().shift(1)
visits["lag_7"] = visits["sessions"].shift(7)
visits = visits.dropna()

train, test = visits[visits.index < "2023-01-01"], visits[visits.index >= "2023-01-01"]
cols = ["ma_7", "ma_28", "lag_7"]
ridge = Ridge().fit(train[cols], train["sessions"])
print("2023 R2", ridge.score(test[cols], test["sessions"]))
