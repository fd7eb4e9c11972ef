from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def fit_reducer(X, n_components=20):
    scaler = StandardScaler().fit(X)
    pca = PCA(n_components=n_components).fit(scaler.transform(X))
    return scaler, pca


def reduce(X, scaler, pca):
    return pca.transform(scaler.transform(X))
