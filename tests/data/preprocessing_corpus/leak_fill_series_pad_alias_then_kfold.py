import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score

ais = pd.read_csv("vessel_positions.csv").sort_values(["mmsi", "ts"])
ais["speed"] = ais.groupby("mmsi")["speed"].bfill()
ais["course"] = ais["course"].interpolate()
print(cross_val_score(Ridge(), ais[["speed", "course"]], ais["fuel"], cv=KFold(5, shuffle=True)).mean())
