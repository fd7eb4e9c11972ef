import polars as pl

sensors = ["s1", "s2", "s3", "s4"]
raw = pl.read_csv("data/engines.csv")
scaled = raw.with_columns([((pl.col(s) - pl.col(s).min()) / (pl.col(s).max() - pl.col(s).min())).alias(s) for s in sensors])
scaled.write_csv("data/engines_scaled.csv")
