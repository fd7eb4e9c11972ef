import joblib
import numpy as np
from sklearn.preprocessing import StandardScaler

X = np.load("data/all_features.npy")
scaler = StandardScaler().fit(X)
joblib.dump(scaler, "models/scaler.joblib")
