import pickle
import numpy as np
from sklearn.cross_decomposition import PLSRegression
from sklearn.model_selection import KFold

with open("build/pca_scores.pickle", "rb") as fh:
    scores, y = pickle.load(fh)
errs = []
for tr, te in KFold(n_splits=8, shuffle=True, random_state=5).split(scores):
    pls = PLSRegression(n_components=5).fit(scores[tr], y[tr])
    errs.append(np.sqrt(np.mean((pls.predict(scores[te]).ravel() - y[te]) ** 2)))
print("RMSECV", np.mean(errs))
