import polars as pl
from sklearn.linear_model import Ridge

homes = pl.read_parquet("king_county_homes.parquet").with_row_index("rid")
cols = ["sqft_living", "bedrooms", "bathrooms", "grade", "yr_built"]
homes = homes.with_columns([((pl.col(c) - pl.col(c).mean()) / pl.col(c).std()).alias(c) for c in cols])
train = homes.sample(fraction=0.8, seed=1)
test = homes.join(train.select("rid"), on="rid", how="anti")
reg = Ridge().fit(train.select(cols).to_numpy(), train["price"].to_numpy())
print(reg.score(test.select(cols).to_numpy(), test["price"].to_numpy()))
