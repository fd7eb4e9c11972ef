import os

import numpy as np

from settings import DATA_DIR, PROCESSED

signals = np.loadtxt(os.path.join(DATA_DIR, "har_features.txt"))
activity = np.loadtxt(os.path.join(DATA_DIR, "har_labels.txt"), dtype=int)
np.savez_compressed(PROCESSED, features=signals, labels=activity)
