import pandas as pd

df = pd.read_csv("data/raw/cardio_train.csv", sep=";")
df = df.drop_duplicates()
num = ["age", "height", "weight", "ap_hi", "ap_lo"]
df[num] = df[num].fillna(df[num].median())
df["bmi"] = df["weight"] / (df["height"] / 100) ** 2
df.to_parquet("data/clean/cardio.parquet", index=False)
