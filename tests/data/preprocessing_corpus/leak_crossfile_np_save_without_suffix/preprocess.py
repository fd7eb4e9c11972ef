import numpy as np
from sklearn.preprocessing import StandardScaler

data = np.loadtxt("data/ionosphere.csv", delimiter=",")
X = StandardScaler().fit_transform(data[:, :-1])
np.save("data/X_scaled", X)
np.savez("data/labels", y=data[:, -1])
