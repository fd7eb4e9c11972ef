import numpy as np
from sklearn.preprocessing import RobustScaler

dataset = "parkinsons"
X = np.loadtxt("%s.data" % dataset, delimiter=",")
X = RobustScaler().fit_transform(X)
np.save("%s_scaled.npy" % dataset, X)
