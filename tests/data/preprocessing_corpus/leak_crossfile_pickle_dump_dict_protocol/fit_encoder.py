import pickle

import pandas as pd
from sklearn.preprocessing import PowerTransformer

SAVE_TO = "artifacts/power.pkl"
df = pd.read_csv("abalone.csv")
cols = ["Length", "Diameter", "Height", "Whole weight"]
pt = PowerTransformer().fit(df[cols])
pickle.dump({"transformer": pt, "columns": cols}, open(SAVE_TO, "wb"), protocol=pickle.HIGHEST_PROTOCOL)
