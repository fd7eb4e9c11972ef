import pickle

from sklearn.cross_decomposition import PLSRegression
from sklearn.model_selection import cross_val_score

with open("features.pickle", "rb") as fh:
    data = pickle.load(fh)
print(cross_val_score(PLSRegression(4), data["X"], data["y"], cv=5).mean())
