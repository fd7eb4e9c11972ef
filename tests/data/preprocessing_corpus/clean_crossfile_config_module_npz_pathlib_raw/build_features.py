import numpy as np
import pandas as pd

import settings

heart = pd.read_csv("heart.csv")
numeric = heart.drop(columns=settings.TARGET).select_dtypes("number")
settings.PROCESSED.mkdir(exist_ok=True)
np.savez(settings.FEATURES_NPZ, features=numeric.to_numpy(), labels=heart[settings.TARGET].to_numpy())
