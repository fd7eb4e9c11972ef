import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

signals = np.load("ecg_beats.npy")
labels = np.load("ecg_labels.npy")
signals = signals / np.max(np.abs(signals))

X_train, X_test, y_train, y_test = train_test_split(signals, labels, test_size=0.2, stratify=labels)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
