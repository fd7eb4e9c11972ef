import numpy as np
from PIL import Image
from pathlib import Path
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

paths = sorted(Path("notMNIST_small").glob("*/*.png"))
images = np.stack([np.asarray(Image.open(p).convert("L"), dtype=np.float32).ravel() for p in paths])
letters = np.array([p.parent.name for p in paths])

scaler = StandardScaler()
scaler.fit(images)
images = scaler.transform(images)
X_tr, X_te, y_tr, y_te = train_test_split(images, letters, test_size=0.2, stratify=letters, random_state=0)
svm = LinearSVC(C=0.01, max_iter=5000).fit(X_tr, y_tr)
print("letter accuracy", svm.score(X_te, y_te))
