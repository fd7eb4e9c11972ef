import pandas as pd

import config

df = pd.read_csv(config.RAW_TRAIN)
df["Sex"] = (df["Sex"] == "female").astype(int)
df["FamilySize"] = df["SibSp"] + df["Parch"] + 1
df[["Pclass", "Sex", "Age", "Fare", "FamilySize", config.TARGET]].to_csv(config.FEATURES, index=False)
