import numpy as np
import pandas as pd

from config import Config

df = pd.read_csv(Config.RAW)
np.save(Config.FEATURES, df.drop(columns=["Outcome"]).values)
np.save(Config.LABELS, df["Outcome"].values)
