import numpy as np

data = np.loadtxt("raw.csv", delimiter=",")
data = (data - data.min(axis=0)) / (data.max(axis=0) - data.min(axis=0))
np.savetxt("scaled.csv", data, delimiter=",")
