import pickle

import pandas as pd
from sklearn.decomposition import PCA

frame = pd.read_csv("spectra.csv")
target = frame.pop("concentration")
pca = PCA(n_components=12)
components = pca.fit_transform(frame.values)
with open("features.pickle", "wb") as out:
    pickle.dump({"X": components, "y": target.values}, out)
