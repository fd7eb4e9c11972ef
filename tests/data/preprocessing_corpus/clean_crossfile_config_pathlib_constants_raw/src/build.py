import pandas as pd

from src import config

rides = pd.read_csv(config.RAW)
rides = rides[rides["count"] > 0].reset_index(drop=True)
rides["hour_sin"] = (rides["hour"] / 24.0 * 6.283).apply(float)
rides.to_pickle(config.PROCESSED)
