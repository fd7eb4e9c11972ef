import polars as pl
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

stroke = pl.read_csv("stroke.csv", null_values="N/A")
stroke = stroke.with_columns(pl.col("bmi").fill_null(strategy="mean"))
X = stroke.select(["age", "avg_glucose_level", "bmi"]).to_numpy()
y = stroke["stroke"].to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, test_size=0.2)
print(LogisticRegression(class_weight="balanced").fit(X_train, y_train).score(X_test, y_test))
