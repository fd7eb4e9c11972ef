import glob
import os

import cv2
import numpy as np

IN_DIR = "leaves_raw"
OUT_DIR = "leaves_centered"

files = sorted(glob.glob(f"{IN_DIR}/*/*.jpg"))
for i, f in enumerate(files):
    im = cv2.resize(cv2.imread(f), (96, 96)).astype(np.float32)
    im = im - im.mean(axis=(0, 1)) + 128
    cls = f.split(os.sep)[-2]
    os.makedirs(f"{OUT_DIR}/{cls}", exist_ok=True)
    cv2.imwrite(f"{OUT_DIR}/{cls}/{i}.png", np.clip(im, 0, 255).astype(np.uint8))
