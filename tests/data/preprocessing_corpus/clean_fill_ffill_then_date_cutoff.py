import pandas as pd
from sklearn.linear_model import Ridge

energy = pd.read_csv("household_power.csv", parse_dates=["datetime"]).set_index("datetime")
energy = energy.ffill()
train = energy.loc[:"2009-12-31"]
test = energy.loc["2010-01-01":]
cols = ["voltage", "global_intensity", "sub_metering_1"]
ridge = Ridge().fit(train[cols], train["global_active_power"])
print(ridge.score(test[cols], test["global_active_power"]))
