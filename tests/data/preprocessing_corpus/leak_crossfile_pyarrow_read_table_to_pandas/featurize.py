import pandas as pd
from sklearn.preprocessing import QuantileTransformer

claims = pd.read_csv("claims.csv")
amount_cols = ["claim_amount", "premium", "deductible"]
qt = QuantileTransformer(output_distribution="normal", n_quantiles=500)
claims[amount_cols] = qt.fit_transform(claims[amount_cols])
claims.to_parquet("claims_features.parquet", index=False)
