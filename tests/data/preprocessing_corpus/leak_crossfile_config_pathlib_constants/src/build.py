import pandas as pd
from sklearn.preprocessing import StandardScaler

from src import config

rides = pd.read_csv(config.RAW)
cols = ["temp", "humidity", "windspeed"]
rides[cols] = StandardScaler().fit_transform(rides[cols])
rides.to_pickle(config.PROCESSED)
