import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import RandomForestClassifier

sensor = pd.read_feather("bearing_clean.feather")
cols = ["rms_x", "rms_y", "kurtosis_x", "kurtosis_y", "temp"]
print(cross_val_score(RandomForestClassifier(), sensor[cols], sensor["fault"], cv=KFold(5, shuffle=True, random_state=0)).mean())
