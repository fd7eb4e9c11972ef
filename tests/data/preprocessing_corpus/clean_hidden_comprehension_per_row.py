import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

images = np.load("digits.npy")
labels = np.load("digit_labels.npy")
flat = np.array([img.ravel() / 255.0 for img in images])
centred = np.array([row - row.mean() for row in flat])
X_train, X_test, y_train, y_test = train_test_split(centred, labels, test_size=0.2)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
