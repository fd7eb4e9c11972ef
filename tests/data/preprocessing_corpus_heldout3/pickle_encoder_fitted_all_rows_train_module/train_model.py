import pickle
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

with open("features.pkl", "rb") as fh:
    bundle = pickle.load(fh)
X = np.hstack([bundle["onehot"], bundle["numeric"]])
X_tr, X_te, y_tr, y_te = train_test_split(X, np.log1p(bundle["price"]), test_size=0.2, random_state=0)
print(RandomForestRegressor(n_estimators=200).fit(X_tr, y_tr).score(X_te, y_te))
