import glob
import numpy as np
from PIL import Image
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

paths = sorted(glob.glob("faces/*/*.png"))
images = [np.asarray(Image.open(p).convert("L").resize((64, 64)), dtype=np.float32) for p in paths]
labels = [p.split("/")[-2] for p in paths]

mean_face = np.mean([img for img in images], axis=0)
centred = np.array([(img - mean_face).ravel() for img in images])

X_train, X_test, y_train, y_test = train_test_split(centred, labels, test_size=0.25, random_state=0, stratify=labels)
svm = LinearSVC(C=0.01, max_iter=20000).fit(X_train, y_train)
print("accuracy", svm.score(X_test, y_test))
