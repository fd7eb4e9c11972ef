import hydra
import pandas as pd
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression


@hydra.main(config_path="conf", config_name="config", version_base=None)
def main(cfg):
    df = pd.read_parquet(cfg.paths.features)
    scores = cross_val_score(LogisticRegression(max_iter=1000), df.drop(columns=["label"]), df["label"], cv=5)
    print(scores.mean())


if __name__ == "__main__":
    main()
