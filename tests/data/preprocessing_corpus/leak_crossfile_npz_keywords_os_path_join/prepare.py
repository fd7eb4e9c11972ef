import numpy as np
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

from settings import DATA_DIR, PROCESSED
import os

signals = np.loadtxt(os.path.join(DATA_DIR, "har_features.txt"))
activity = np.loadtxt(os.path.join(DATA_DIR, "har_labels.txt"), dtype=int)
signals = StandardScaler().fit_transform(signals)
signals = PCA(n_components=60).fit_transform(signals)
np.savez_compressed(PROCESSED, features=signals, labels=activity)
