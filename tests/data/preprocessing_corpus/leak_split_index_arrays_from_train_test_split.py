import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import PowerTransformer
from sklearn.ensemble import RandomForestClassifier

X = np.load("X.npy")
y = np.load("y.npy")
X = PowerTransformer().fit_transform(X)
idx_train, idx_test = train_test_split(np.arange(len(X)), test_size=0.2, random_state=0)
rf = RandomForestClassifier().fit(X[idx_train], y[idx_train])
print(rf.score(X[idx_test], y[idx_test]))
