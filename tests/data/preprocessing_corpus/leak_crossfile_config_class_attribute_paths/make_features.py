import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler

from config import Config

df = pd.read_csv(Config.RAW)
X = df.drop(columns=["Outcome"]).values
scaler = StandardScaler()
X = scaler.fit_transform(X)
np.save(Config.FEATURES, X)
np.save(Config.LABELS, df["Outcome"].values)
