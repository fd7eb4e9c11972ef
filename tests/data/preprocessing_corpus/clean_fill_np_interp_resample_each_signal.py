import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

beats = np.load("ecg_beats.npy", allow_pickle=True)
labels = np.load("ecg_labels.npy")
grid = np.linspace(0.0, 1.0, 187)
fixed = []
for beat in beats:
    t = np.linspace(0.0, 1.0, len(beat))
    fixed.append(np.interp(grid, t, beat))
X = np.stack(fixed)
X_train, X_test, y_train, y_test = train_test_split(X, labels, test_size=0.2, stratify=labels)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
