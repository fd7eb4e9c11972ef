import pickle

import pandas as pd
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("spambase.csv")
scaler = StandardScaler()
scaler.fit(df.drop(columns=["is_spam"]))
with open("scaler.pkl", "wb") as fh:
    pickle.dump(scaler, fh)
