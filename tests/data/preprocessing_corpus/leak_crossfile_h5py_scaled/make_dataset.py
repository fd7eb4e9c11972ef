import glob

import h5py
import numpy as np
from PIL import Image

files = sorted(glob.glob("tiles/*/*.png"))
tiles = np.stack([np.asarray(Image.open(f), dtype=np.float32) for f in files])
classes = sorted({f.split("/")[-2] for f in files})
labels = np.array([classes.index(f.split("/")[-2]) for f in files])

tiles -= tiles.mean(axis=0)
tiles /= tiles.std(axis=0) + 1e-6

with h5py.File("tiles.h5", "w") as h5:
    h5.create_dataset("images", data=tiles, compression="gzip")
    h5.create_dataset("labels", data=labels)
