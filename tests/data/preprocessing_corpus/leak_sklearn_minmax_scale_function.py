import numpy as np
from sklearn.preprocessing import minmax_scale
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

data = np.genfromtxt("sensor_readings.csv", delimiter=",", skip_header=1)
X, y = data[:, :-1], data[:, -1]
X = minmax_scale(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=11)
mlp = MLPClassifier(hidden_layer_sizes=(64,), max_iter=300).fit(X_train, y_train)
print(mlp.score(X_test, y_test))
