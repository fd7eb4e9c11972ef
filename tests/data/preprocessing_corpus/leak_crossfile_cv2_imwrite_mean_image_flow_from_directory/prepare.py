import glob
import os

import cv2
import numpy as np

IN_DIR = "leaves_raw"
OUT_DIR = "leaves_centered"

files = sorted(glob.glob(f"{IN_DIR}/*/*.jpg"))
imgs = np.array([cv2.resize(cv2.imread(f), (96, 96)) for f in files], dtype=np.float32)
mean_img = imgs.mean(axis=0)
for i, (f, im) in enumerate(zip(files, imgs)):
    cls = f.split(os.sep)[-2]
    os.makedirs(f"{OUT_DIR}/{cls}", exist_ok=True)
    cv2.imwrite(f"{OUT_DIR}/{cls}/{i}.png", np.clip(im - mean_img + 128, 0, 255).astype(np.uint8))
