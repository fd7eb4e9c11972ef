import fire
import numpy as np
from sklearn.decomposition import PCA


def main(source="data/embeddings.npy", target="data/embeddings_pca.npy", k=32):
    vectors = np.load(source)
    reduced = PCA(n_components=k).fit_transform(vectors)
    np.save(target, reduced)


if __name__ == "__main__":
    fire.Fire(main)
