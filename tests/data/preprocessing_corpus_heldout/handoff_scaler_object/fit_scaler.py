"""Fit the feature scaler once and store it for the training and serving code.

Wisconsin diagnostic breast cancer data, 30 real-valued features.
"""
import joblib
import numpy as np
from sklearn.preprocessing import StandardScaler

data = np.loadtxt("data/wdbc.csv", delimiter=",", skiprows=1)
features = data[:, 1:]
scaler = StandardScaler().fit(features)
joblib.dump(scaler, "artifacts/scaler.joblib")
