import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

tiles = np.load("export/tiles.npy")
labels = np.load("export/labels.npy")
X = tiles.reshape(len(tiles), -1)
X_tr, X_te, y_tr, y_te = train_test_split(X, labels, test_size=0.2, stratify=labels, random_state=0)
rf = RandomForestClassifier(n_estimators=300, n_jobs=-1).fit(X_tr, y_tr)
print("tile accuracy", rf.score(X_te, y_te))
