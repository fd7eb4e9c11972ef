import os

import numpy as np

X = np.load(os.environ["RAW_X"])
X = (X - X.mean(axis=0)) / X.std(axis=0)
np.save(os.environ["FEATURES_X"], X)
