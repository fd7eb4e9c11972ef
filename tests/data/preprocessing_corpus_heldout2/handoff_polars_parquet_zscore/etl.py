import polars as pl

cols = ["fixed_acidity", "volatile_acidity", "citric_acid", "residual_sugar", "alcohol"]
wine = pl.read_csv("raw/wine.csv")
wine = wine.with_columns([((pl.col(c) - pl.col(c).mean()) / pl.col(c).std()).alias(c) for c in cols])
wine.write_parquet("curated/wine.parquet")
