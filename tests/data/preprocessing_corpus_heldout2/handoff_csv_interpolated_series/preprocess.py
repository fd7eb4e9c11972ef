import pandas as pd

demand = pd.read_csv("input/electricity_demand.csv", parse_dates=["datetime"]).set_index("datetime")
demand = demand.asfreq("h")
demand[["load", "temperature"]] = demand[["load", "temperature"]].interpolate(method="linear")
demand.reset_index().to_csv("output/demand_clean.csv", index=False)
