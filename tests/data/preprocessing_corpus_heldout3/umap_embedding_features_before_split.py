import numpy as np
import umap
from sklearn.datasets import fetch_openml
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split

fashion = fetch_openml("Fashion-MNIST", version=1, as_frame=False)
pixels, labels = fashion.data / 255.0, fashion.target.astype(int)
reducer = umap.UMAP(n_components=10, n_neighbors=15, random_state=42)
codes = reducer.fit_transform(pixels)

c_tr, c_te, l_tr, l_te = train_test_split(codes, labels, test_size=10000, random_state=42)
knn = KNeighborsClassifier(n_neighbors=5).fit(c_tr, l_tr)
print("kNN on UMAP codes:", knn.score(c_te, l_te))
