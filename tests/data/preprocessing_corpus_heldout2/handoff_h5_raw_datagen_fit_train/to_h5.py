import glob
import h5py
import numpy as np
from PIL import Image

files = sorted(glob.glob("images/*/*.jpg"))
imgs = np.stack([np.asarray(Image.open(f).convert("RGB").resize((64, 64))) for f in files])
with h5py.File("raw.h5", "w") as h5:
    h5["x"] = imgs
    h5["y"] = np.array([f.split("/")[-2] for f in files], dtype="S")
