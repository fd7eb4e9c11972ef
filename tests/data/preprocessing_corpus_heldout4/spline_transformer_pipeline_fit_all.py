import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import SplineTransformer, StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import RidgeCV

ozone = pd.read_csv("ozone_la.csv")
y = ozone.pop("ozone").to_numpy()
basis = make_pipeline(SplineTransformer(n_knots=6, degree=3), StandardScaler())
X = basis.fit_transform(ozone[["temp", "ibh", "dpg", "vis"]])

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=9)
ridge = RidgeCV(alphas=np.logspace(-2, 3, 20)).fit(X_tr, y_tr)
print("test R2", ridge.score(X_te, y_te))
