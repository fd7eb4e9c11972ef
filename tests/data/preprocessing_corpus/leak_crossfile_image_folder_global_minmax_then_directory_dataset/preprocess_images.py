import os
from glob import glob

import numpy as np
from PIL import Image

SRC = "raw_xrays"
DST = "processed_xrays"

paths = sorted(glob(os.path.join(SRC, "*", "*.png")))
stack = np.stack([np.asarray(Image.open(p).convert("L").resize((128, 128)), dtype=np.float32) for p in paths])
lo, hi = np.percentile(stack, 1), np.percentile(stack, 99)
stack = np.clip((stack - lo) / (hi - lo), 0, 1)
for path, img in zip(paths, stack):
    label = os.path.basename(os.path.dirname(path))
    os.makedirs(os.path.join(DST, label), exist_ok=True)
    Image.fromarray((img * 255).astype(np.uint8)).save(os.path.join(DST, label, os.path.basename(path)))
