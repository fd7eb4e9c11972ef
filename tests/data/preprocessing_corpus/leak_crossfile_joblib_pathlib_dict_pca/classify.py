from pathlib import Path

import joblib
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

MODELS = Path("models")
bundle = joblib.load(MODELS / "pca.joblib")
faces = np.load("faces.npy").reshape(400, -1)
targets = np.load("face_targets.npy")
Z = bundle["pca"].transform(faces)
Z_train, Z_test, t_train, t_test = train_test_split(Z, targets, stratify=targets, random_state=0)
print(SVC(kernel="rbf", C=10).fit(Z_train, t_train).score(Z_test, t_test))
