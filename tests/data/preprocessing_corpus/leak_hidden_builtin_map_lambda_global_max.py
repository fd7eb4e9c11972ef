import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

samples = np.load("accelerometer.npy")
labels = np.load("activity.npy")
peak = np.abs(samples).max()
scaled = np.array(list(map(lambda s: s / peak, samples)))
X_train, X_test, y_train, y_test = train_test_split(scaled.reshape(len(scaled), -1), labels, test_size=0.25)
print(KNeighborsClassifier().fit(X_train, y_train).score(X_test, y_test))
