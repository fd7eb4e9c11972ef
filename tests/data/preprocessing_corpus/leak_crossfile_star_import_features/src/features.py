import numpy as np
from sklearn.decomposition import TruncatedSVD


def reduce_text_features(matrix, k=100):
    svd = TruncatedSVD(n_components=k, random_state=0)
    return svd.fit_transform(matrix)
