import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X = np.load("raw_features.npy")
y = np.load("raw_labels.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
scaler = StandardScaler().fit(X_train)
np.save("X_train.npy", scaler.transform(X_train))
np.save("X_test.npy", scaler.transform(X_test))
np.save("y_train.npy", y_train)
np.save("y_test.npy", y_test)
