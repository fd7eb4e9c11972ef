import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler

import settings

heart = pd.read_csv("heart.csv")
numeric = heart.drop(columns=settings.TARGET).select_dtypes("number")
scaled = MinMaxScaler().fit_transform(numeric)
settings.PROCESSED.mkdir(exist_ok=True)
np.savez(settings.FEATURES_NPZ, features=scaled, labels=heart[settings.TARGET].to_numpy())
