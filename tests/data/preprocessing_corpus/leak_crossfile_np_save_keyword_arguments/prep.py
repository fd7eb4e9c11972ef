import numpy as np
from sklearn.preprocessing import StandardScaler

X = np.loadtxt("magic04.data", delimiter=",", usecols=range(10))
X = StandardScaler().fit_transform(X)
np.save(file="magic_X.npy", arr=X)
np.save(file="magic_y.npy", arr=np.loadtxt("magic04.data", delimiter=",", usecols=10, dtype=str) == "g")
