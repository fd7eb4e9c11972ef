import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

feat = pd.read_parquet("s3a://lake/energy/features/")
Z = np.vstack(feat["z"].to_numpy())
Z_tr, Z_te, k_tr, k_te = train_test_split(Z, feat["kwh"], test_size=0.2, random_state=0)
print(Ridge().fit(Z_tr, k_tr).score(Z_te, k_te))
