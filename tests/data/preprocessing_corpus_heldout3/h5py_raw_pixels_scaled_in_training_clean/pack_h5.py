import glob
import h5py
import numpy as np
from PIL import Image

paths = sorted(glob.glob("skin_lesions/*/*.jpg"))
imgs = np.stack([np.asarray(Image.open(p).resize((128, 128)), dtype=np.uint8) for p in paths])
cls = np.array([p.split("/")[-2] == "melanoma" for p in paths], dtype=np.uint8)
with h5py.File("lesions.h5", "w") as h5:
    h5.create_dataset("x", data=imgs)
    h5.create_dataset("y", data=cls)
