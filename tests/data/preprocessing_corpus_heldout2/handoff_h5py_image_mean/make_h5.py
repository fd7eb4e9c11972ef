import glob
import h5py
import numpy as np
from PIL import Image

files = sorted(glob.glob("images/*/*.jpg"))
imgs = np.stack([np.asarray(Image.open(f).convert("RGB").resize((96, 96)), dtype=np.float32) for f in files])
labels = np.array([f.split("/")[-2] for f in files], dtype="S")
channel_mean = imgs.mean(axis=(0, 1, 2))
imgs -= channel_mean
with h5py.File("dataset.h5", "w") as h5:
    h5.create_dataset("images", data=imgs, compression="gzip")
    h5.create_dataset("labels", data=labels)
