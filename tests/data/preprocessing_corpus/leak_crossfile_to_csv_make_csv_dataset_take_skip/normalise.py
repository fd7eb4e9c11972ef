import pandas as pd

raw = pd.read_csv("adult.csv")
numeric = ["age", "fnlwgt", "education-num", "capital-gain", "hours-per-week"]
raw[numeric] = (raw[numeric] - raw[numeric].min()) / (raw[numeric].max() - raw[numeric].min())
raw.to_csv("adult_norm.csv", index=False)
