import hydra
import pandas as pd
from sklearn.decomposition import PCA


@hydra.main(config_path="conf", config_name="config", version_base=None)
def main(cfg):
    df = pd.read_parquet(cfg.paths.raw)
    components = PCA(n_components=cfg.pca.k).fit_transform(df.drop(columns=["label"]))
    out = pd.DataFrame(components).assign(label=df["label"].values)
    out.to_parquet(cfg.paths.features)


if __name__ == "__main__":
    main()
