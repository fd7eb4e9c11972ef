import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

spectra = np.load("raman_spectra.npy")
classes = np.load("raman_classes.npy")
total = np.zeros(spectra.shape[1])
for i in range(len(spectra)):
    total += spectra[i]
mean_spectrum = total / len(spectra)
spectra = spectra - mean_spectrum
X_train, X_test, y_train, y_test = train_test_split(spectra, classes, test_size=0.2, stratify=classes)
print(MLPClassifier(max_iter=500).fit(X_train, y_train).score(X_test, y_test))
