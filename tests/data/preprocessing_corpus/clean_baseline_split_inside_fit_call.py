import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X = np.load("wdbc_features.npy")
y = np.load("wdbc_diagnosis.npy")
train_rows, test_rows = train_test_split(np.arange(len(X)), test_size=0.3, random_state=0)
scaler = StandardScaler().fit(X[train_rows])
X_train, X_test = scaler.transform(X[train_rows]), scaler.transform(X[test_rows])
