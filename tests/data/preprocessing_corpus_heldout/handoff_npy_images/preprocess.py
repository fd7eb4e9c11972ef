import os
import numpy as np
from PIL import Image

ROOT = "chest_xray"
images, labels = [], []
for label, cls in enumerate(sorted(os.listdir(ROOT))):
    for fname in sorted(os.listdir(os.path.join(ROOT, cls))):
        img = Image.open(os.path.join(ROOT, cls, fname)).convert("L").resize((128, 128))
        images.append(np.asarray(img, dtype=np.float32))
        labels.append(label)

images = np.stack(images)[..., None]
mean, std = images.mean(), images.std()
images = (images - mean) / std

np.save("X.npy", images)
np.save("y.npy", np.array(labels))
