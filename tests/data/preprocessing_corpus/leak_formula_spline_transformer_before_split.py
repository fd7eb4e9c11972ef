import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import SplineTransformer, StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import RidgeCV

X = np.load("bike_hours.npy")
y = np.load("bike_counts.npy")
features = make_pipeline(StandardScaler(), SplineTransformer(n_knots=8, degree=3)).fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(features, y, shuffle=False)
print(RidgeCV().fit(X_train, y_train).score(X_test, y_test))
