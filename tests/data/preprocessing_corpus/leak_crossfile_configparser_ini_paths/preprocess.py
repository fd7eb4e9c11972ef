import configparser

import pandas as pd
from sklearn.preprocessing import MinMaxScaler

config = configparser.ConfigParser()
config.read("settings.ini")
flights = pd.read_csv(config["data"]["raw"])
delay_cols = ["dep_delay", "taxi_out", "distance"]
flights[delay_cols] = MinMaxScaler().fit_transform(flights[delay_cols])
flights.to_csv(config["data"]["prepared"], index=False)
