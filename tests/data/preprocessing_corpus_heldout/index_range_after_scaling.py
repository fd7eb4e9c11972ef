import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.neural_network import MLPRegressor

data = np.load("yacht_hydro.npy")
np.random.seed(0)
np.random.shuffle(data)
X, y = data[:, :6], data[:, 6]

X = StandardScaler().fit_transform(X)

n_train = 250
X_train, y_train = X[:n_train], y[:n_train]
X_test, y_test = X[n_train:], y[n_train:]

mlp = MLPRegressor(hidden_layer_sizes=(50, 50), max_iter=3000, random_state=0)
mlp.fit(X_train, y_train)
print("test R2", mlp.score(X_test, y_test))
