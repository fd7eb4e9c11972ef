import pandas as pd
from sklearn.model_selection import ShuffleSplit, cross_val_score
from sklearn.linear_model import Ridge

stations = pd.read_csv("river_levels.csv").sort_values(["station", "day"])
stations = stations.groupby("station", group_keys=False).apply(lambda g: g.interpolate(limit_direction="both"))
X = stations[["level", "rain", "upstream_level"]]
print(cross_val_score(Ridge(), X, stations["flood_next_day"], cv=ShuffleSplit(5, test_size=0.2)).mean())
