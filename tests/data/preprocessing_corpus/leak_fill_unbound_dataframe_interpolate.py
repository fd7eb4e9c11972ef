import pandas as pd
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import Ridge

air = pd.read_csv("ozone.csv")
air = pd.DataFrame.interpolate(air, method="linear", limit_direction="both")
print(cross_val_score(Ridge(), air[["temp", "wind", "solar"]], air["ozone"], cv=5).mean())
