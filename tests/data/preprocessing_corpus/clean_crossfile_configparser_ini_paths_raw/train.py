import configparser

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler

config = configparser.ConfigParser()
config.read("settings.ini")
flights = pd.read_csv(config["data"]["prepared"])
cols = ["dep_delay", "taxi_out", "distance"]
X_train, X_test, y_train, y_test = train_test_split(flights[cols], flights["arr_delayed"], test_size=0.2)
scaler = MinMaxScaler().fit(X_train)
print(RandomForestClassifier().fit(scaler.transform(X_train), y_train).score(scaler.transform(X_test), y_test))
