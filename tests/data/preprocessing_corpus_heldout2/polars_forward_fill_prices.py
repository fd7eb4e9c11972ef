import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

quotes = pl.read_parquet("quotes.parquet").sort("ts")
quotes = quotes.with_columns(pl.col("bid").forward_fill(), pl.col("ask").forward_fill())
quotes = quotes.with_columns(pl.col("volume").fill_null(0))
quotes = quotes.with_columns(((pl.col("ask") - pl.col("bid")) / pl.col("bid")).alias("spread"))
quotes = quotes.drop_nulls()

X = quotes.select(["bid", "ask", "spread", "volume"]).to_numpy()
y = quotes.get_column("up_next").to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, shuffle=False)
lr = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print(lr.score(X_test, y_test))
