import os
from glob import glob

import numpy as np
from PIL import Image

SRC = "raw_xrays"
DST = "processed_xrays"

paths = sorted(glob(os.path.join(SRC, "*", "*.png")))
for path in paths:
    img = np.asarray(Image.open(path).convert("L").resize((128, 128)), dtype=np.float32)
    img = (img - img.min()) / (img.max() - img.min() + 1e-6)
    label = os.path.basename(os.path.dirname(path))
    os.makedirs(os.path.join(DST, label), exist_ok=True)
    Image.fromarray((img * 255).astype(np.uint8)).save(os.path.join(DST, label, os.path.basename(path)))
