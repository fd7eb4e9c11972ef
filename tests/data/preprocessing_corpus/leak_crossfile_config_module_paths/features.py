import pandas as pd

import config

df = pd.read_csv(config.RAW_TRAIN)
df["Age"] = df["Age"].fillna(df["Age"].median())
df["Fare"] = (df["Fare"] - df["Fare"].mean()) / df["Fare"].std()
df["Sex"] = (df["Sex"] == "female").astype(int)
df[["Pclass", "Sex", "Age", "Fare", config.TARGET]].to_csv(config.FEATURES, index=False)
