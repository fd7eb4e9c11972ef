import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.neural_network import MLPRegressor

concrete = pd.read_csv("concrete.csv")
concrete = concrete.sample(frac=1.0, random_state=11)
features = StandardScaler().fit_transform(concrete.drop(columns="strength"))
target = concrete["strength"].to_numpy()
n = len(features)
X_tr, X_va, X_te = np.split(features, [int(0.6 * n), int(0.8 * n)])
y_tr, y_va, y_te = np.split(target, [int(0.6 * n), int(0.8 * n)])
mlp = MLPRegressor(hidden_layer_sizes=(64, 32), max_iter=2000).fit(X_tr, y_tr)
print("val", mlp.score(X_va, y_va), "test", mlp.score(X_te, y_te))
