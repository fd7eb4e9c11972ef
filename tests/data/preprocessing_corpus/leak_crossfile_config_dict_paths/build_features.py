import pandas as pd
from sklearn.preprocessing import KBinsDiscretizer

import config

df = pd.read_csv(config.PATHS["raw"])
df[["tenure_bin"]] = KBinsDiscretizer(n_bins=5, encode="ordinal").fit_transform(df[["tenure"]])
df.to_parquet(config.PATHS["features"])
