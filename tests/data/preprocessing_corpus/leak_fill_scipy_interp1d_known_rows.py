import numpy as np
import pandas as pd
from scipy.interpolate import interp1d
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

log = pd.read_csv("well_log.csv")
depth = log["depth"].values
gamma = log["gamma_ray"].values
gaps = np.isnan(gamma)
fill = interp1d(depth[~gaps], gamma[~gaps], kind="cubic", fill_value="extrapolate")
gamma[gaps] = fill(depth[gaps])
log["gamma_ray"] = gamma
X_train, X_test, y_train, y_test = train_test_split(log[["depth", "gamma_ray", "resistivity"]], log["facies"],
                                                    test_size=0.2, random_state=0)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
