import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

cols = ["fixed_acidity", "volatile_acidity", "citric_acid", "residual_sugar", "alcohol"]
wine = pl.read_parquet("curated/wine.parquet")
X = wine.select(cols).to_numpy()
y = (wine.get_column("quality") >= 7).to_numpy()
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
