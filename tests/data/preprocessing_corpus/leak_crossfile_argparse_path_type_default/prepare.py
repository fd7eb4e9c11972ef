import argparse
from pathlib import Path

import numpy as np
from sklearn.decomposition import PCA

parser = argparse.ArgumentParser()
parser.add_argument("--features", type=Path, default=Path("artifacts") / "image_features.npy")
parser.add_argument("--out", type=Path, default=Path("artifacts") / "image_features_pca.npy")
args = parser.parse_args()

features = np.load(args.features)
np.save(args.out, PCA(n_components=64, whiten=True).fit_transform(features))
