import numpy as np
from scipy.interpolate import interp1d
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

curves = np.load("growth_curves.npy", allow_pickle=True)
labels = np.load("strain_labels.npy")
grid = np.linspace(0, 48, 97)
resampled = []
for hours, od in curves:
    f = interp1d(hours, od, kind="linear", bounds_error=False, fill_value=(od[0], od[-1]))
    resampled.append(f(grid))
X = np.vstack(resampled)
X_train, X_test, y_train, y_test = train_test_split(X, labels, test_size=0.25, stratify=labels)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
