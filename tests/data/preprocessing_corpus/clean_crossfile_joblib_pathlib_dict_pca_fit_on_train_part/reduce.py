from pathlib import Path

import joblib
import numpy as np
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split

MODELS = Path("models")
faces = np.load("faces.npy").reshape(400, -1)
targets = np.load("face_targets.npy")
train_idx, test_idx = train_test_split(np.arange(len(faces)), stratify=targets, random_state=0)
pca = PCA(n_components=50, whiten=True, random_state=0).fit(faces[train_idx])
joblib.dump({"pca": pca, "train_idx": train_idx, "test_idx": test_idx}, MODELS / "pca.joblib")
