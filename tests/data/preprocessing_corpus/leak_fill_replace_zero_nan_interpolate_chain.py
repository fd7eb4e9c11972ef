import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import RandomForestRegressor

solar = pd.read_csv("solar_plant.csv")
solar["irradiation"] = solar["irradiation"].replace(0, np.nan).interpolate()
X = solar[["irradiation", "ambient_temp", "module_temp"]]
print(cross_val_score(RandomForestRegressor(), X, solar["dc_power"], cv=KFold(5, shuffle=True, random_state=0)).mean())
