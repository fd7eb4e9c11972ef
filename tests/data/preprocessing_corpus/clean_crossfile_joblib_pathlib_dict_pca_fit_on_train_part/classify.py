from pathlib import Path

import joblib
import numpy as np
from sklearn.svm import SVC

MODELS = Path("models")
bundle = joblib.load(MODELS / "pca.joblib")
faces = np.load("faces.npy").reshape(400, -1)
targets = np.load("face_targets.npy")
tr, te = bundle["train_idx"], bundle["test_idx"]
Z_train, Z_test = bundle["pca"].transform(faces[tr]), bundle["pca"].transform(faces[te])
print(SVC(kernel="rbf", C=10).fit(Z_train, targets[tr]).score(Z_test, targets[te]))
