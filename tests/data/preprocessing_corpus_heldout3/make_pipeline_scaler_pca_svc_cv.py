import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import cross_val_score
from sklearn.svm import SVC

faces = np.load("olivetti_faces.npy").reshape(400, -1)
ids = np.repeat(np.arange(40), 10)
model = make_pipeline(StandardScaler(), PCA(n_components=80, whiten=True), SVC(kernel="rbf", C=10))
print(cross_val_score(model, faces, ids, cv=5).mean())
