import numpy as np
import umap
from sklearn.datasets import fetch_openml
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

fashion = fetch_openml("Fashion-MNIST", version=1, as_frame=False)
pixels = fashion.data.astype(np.float32) / 255.0
labels = fashion.target.astype(int)

reducer = umap.UMAP(n_neighbors=15, min_dist=0.1, n_components=10, random_state=42)
embedding = reducer.fit_transform(pixels)

e_train, e_test, l_train, l_test = train_test_split(embedding, labels, test_size=10000, random_state=42)
knn = KNeighborsClassifier(n_neighbors=5).fit(e_train, l_train)
print("kNN on UMAP, test accuracy:", knn.score(e_test, l_test))
