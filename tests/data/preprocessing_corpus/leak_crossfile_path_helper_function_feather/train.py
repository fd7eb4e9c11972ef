import pandas as pd
from sklearn.model_selection import ShuffleSplit, cross_val_score
from sklearn.svm import SVR

from paths import processed

energy = pd.read_feather(processed("energy_q"))
cols = ["X1", "X2", "X3", "X4", "X5"]
print(cross_val_score(SVR(), energy[cols], energy["Y1"], cv=ShuffleSplit(5, test_size=0.2)).mean())
