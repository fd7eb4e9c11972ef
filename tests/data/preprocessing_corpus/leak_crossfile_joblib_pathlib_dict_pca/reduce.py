from pathlib import Path

import joblib
import numpy as np
from sklearn.decomposition import PCA

MODELS = Path("models")
faces = np.load("faces.npy").reshape(400, -1)
pca = PCA(n_components=50, whiten=True, random_state=0).fit(faces)
joblib.dump({"pca": pca, "n": 50}, MODELS / "pca.joblib")
