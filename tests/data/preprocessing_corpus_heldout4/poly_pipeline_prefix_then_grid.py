import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import PolynomialFeatures, StandardScaler
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, train_test_split

boston_air = pd.read_csv("airfoil_self_noise.csv")
y = boston_air.pop("sound_pressure_db").to_numpy()
features = make_pipeline(SimpleImputer(strategy="mean"), PolynomialFeatures(degree=2), StandardScaler())
Z = features.fit_transform(boston_air)

Z_train, Z_test, y_train, y_test = train_test_split(Z, y, test_size=0.2, random_state=0)
search = GridSearchCV(Ridge(), {"alpha": np.logspace(-3, 2, 11)}, cv=5).fit(Z_train, y_train)
print(search.best_params_, "test R2", search.score(Z_test, y_test))
