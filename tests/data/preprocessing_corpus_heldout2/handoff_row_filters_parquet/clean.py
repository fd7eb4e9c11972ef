import numpy as np
import pandas as pd

df = pd.read_csv("data/raw/cardio_train.csv", sep=";")
df = df.drop_duplicates().dropna()
df = df[(df["ap_hi"] > 60) & (df["ap_hi"] < 250)]
df["age_years"] = df["age"] // 365
df["bmi"] = df["weight"] / (df["height"] / 100) ** 2
df["log_bmi"] = np.log(df["bmi"])
df.to_parquet("data/clean/cardio.parquet", index=False)
