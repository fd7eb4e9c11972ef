import os

import pandas as pd

OUT = os.getenv("FEATURES_PATH", "features/claims_features.csv")
claims = pd.read_csv("raw/claims.csv")
claims["amount_rank"] = claims["amount"].rank(pct=True)
claims.to_csv(OUT, index=False)
