PATHS = {
    "raw": "data/raw/churn.csv",
    "features": "data/processed/churn_features.parquet",
}
SEED = 13
