import glob
import numpy as np
from PIL import Image

paths = sorted(glob.glob("raw/*/*.png"))
x = np.stack([np.asarray(Image.open(p).convert("L").resize((28, 28))) for p in paths]).astype("float32") / 255.0
y = np.array([int(p.split("/")[-2]) for p in paths])
np.save("arrays/x.npy", x)
np.save("arrays/y.npy", y)
