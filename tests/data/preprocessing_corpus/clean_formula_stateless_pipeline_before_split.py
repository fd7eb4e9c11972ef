import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, PolynomialFeatures
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

X = np.load("X.npy")
y = np.load("y.npy")
features = make_pipeline(FunctionTransformer(np.log1p), PolynomialFeatures(2)).fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(features, y, random_state=0)
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
