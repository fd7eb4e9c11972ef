import pandas as pd

OUT_DIR = "processed"
wine = pd.read_csv("winequality.csv")
wine["sulphates"] = wine["sulphates"].fillna(wine["sulphates"].median())
wine.to_csv("{}/{}.csv".format(OUT_DIR, "wine_clean"), index=False)
