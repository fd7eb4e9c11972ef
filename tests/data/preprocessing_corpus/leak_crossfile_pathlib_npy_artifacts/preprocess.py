from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent
ARTIFACTS = ROOT / "artifacts"
ARTIFACTS.mkdir(exist_ok=True)

paths = sorted((ROOT / "images").glob("*/*.png"))
images = np.stack([np.asarray(Image.open(p).convert("L"), dtype=np.float32) for p in paths])
labels = np.array([p.parent.name == "defect" for p in paths], dtype=np.int64)
images = (images - images.mean()) / images.std()
np.save(ARTIFACTS / "images.npy", images)
np.save(ARTIFACTS / "labels.npy", labels)
