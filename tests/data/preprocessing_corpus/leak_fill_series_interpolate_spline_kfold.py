import numpy as np
import pandas as pd
from sklearn.model_selection import KFold
from sklearn.linear_model import Ridge

glucose = pd.read_csv("cgm_readings.csv")
glucose["bg"] = glucose["bg"].interpolate(method="spline", order=3)
X = glucose[["bg", "insulin", "carbs"]].to_numpy()
y = glucose["bg_30min"].to_numpy()
errors = []
for train_idx, test_idx in KFold(n_splits=5, shuffle=True, random_state=0).split(X):
    model = Ridge().fit(X[train_idx], y[train_idx])
    errors.append(np.abs(model.predict(X[test_idx]) - y[test_idx]).mean())
print(np.mean(errors))
