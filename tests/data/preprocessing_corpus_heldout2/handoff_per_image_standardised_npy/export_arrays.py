import glob
import numpy as np
from PIL import Image

paths = sorted(glob.glob("tiles/*/*.tif"))
tiles = np.stack([np.asarray(Image.open(p), dtype=np.float32) for p in paths])
# each tile standardised by its own mean and std (instance normalisation)
tiles = (tiles - tiles.mean(axis=(1, 2), keepdims=True)) / (tiles.std(axis=(1, 2), keepdims=True) + 1e-6)
np.save("export/tiles.npy", tiles)
np.save("export/labels.npy", np.array([p.split("/")[-2] for p in paths]))
