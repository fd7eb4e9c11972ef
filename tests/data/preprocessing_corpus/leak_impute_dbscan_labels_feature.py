import numpy as np
import pandas as pd
from sklearn.cluster import DBSCAN
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

geo = pd.read_csv("deliveries.csv")
coords = np.radians(geo[["lat", "lon"]].values)
geo["cluster"] = DBSCAN(eps=0.0005, min_samples=10, metric="haversine").fit_predict(coords)
X = geo[["lat", "lon", "cluster", "weight_kg"]]
X_train, X_test, y_train, y_test = train_test_split(X, geo["late"], test_size=0.2)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
