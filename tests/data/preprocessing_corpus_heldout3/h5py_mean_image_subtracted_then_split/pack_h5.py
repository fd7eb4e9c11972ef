import glob
import h5py
import numpy as np
from PIL import Image

paths = sorted(glob.glob("skin_lesions/*/*.jpg"))
imgs = np.stack([np.asarray(Image.open(p).resize((128, 128)), dtype=np.float32) for p in paths])
cls = np.array([p.split("/")[-2] == "melanoma" for p in paths], dtype=np.uint8)
mean_rgb = imgs.mean(axis=(0, 1, 2))
with h5py.File("lesions.h5", "w") as h5:
    h5.create_dataset("x", data=imgs - mean_rgb)
    h5.create_dataset("y", data=cls)
