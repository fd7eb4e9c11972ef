import umap
from sklearn.datasets import fetch_openml
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split

fashion = fetch_openml("Fashion-MNIST", version=1, as_frame=False)
pixels, labels = fashion.data / 255.0, fashion.target.astype(int)
p_tr, p_te, l_tr, l_te = train_test_split(pixels, labels, test_size=10000, random_state=42)
reducer = umap.UMAP(n_components=10, n_neighbors=15, random_state=42).fit(p_tr)
knn = KNeighborsClassifier(n_neighbors=5).fit(reducer.transform(p_tr), l_tr)
print("kNN on UMAP codes:", knn.score(reducer.transform(p_te), l_te))
