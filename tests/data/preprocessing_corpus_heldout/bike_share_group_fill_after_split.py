import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import PoissonRegressor

rides = pd.read_csv("station_hourly.csv", parse_dates=["hour"])
rides = rides.sort_values(["station", "hour"])

splitter = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=3)
train_idx, test_idx = next(splitter.split(rides, groups=rides["station"]))
train_rides = rides.iloc[train_idx].copy()
test_rides = rides.iloc[test_idx].copy()

fill_cols = ["temp", "precip", "wind"]
for part in (train_rides, test_rides):
    part[fill_cols] = part.groupby("station")[fill_cols].ffill()
    part.dropna(subset=fill_cols, inplace=True)

cols = fill_cols + ["is_weekend"]
model = PoissonRegressor(alpha=0.1, max_iter=500)
model.fit(train_rides[cols], train_rides["n_rides"])
print("D^2 on unseen stations:", model.score(test_rides[cols], test_rides["n_rides"]))
