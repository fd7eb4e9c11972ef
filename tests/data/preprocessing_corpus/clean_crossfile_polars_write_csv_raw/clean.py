import polars as pl

raw = pl.read_csv("data/engines.csv")
kept = raw.filter(pl.col("cycle") > 5).drop_nulls()
kept.write_csv("data/engines_kept.csv")
