import configparser

import pandas as pd

config = configparser.ConfigParser()
config.read("settings.ini")
flights = pd.read_csv(config["data"]["raw"])
flights = flights.dropna(subset=["arr_delayed"])
flights.to_csv(config["data"]["prepared"], index=False)
