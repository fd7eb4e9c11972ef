import configparser

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

config = configparser.ConfigParser()
config.read("settings.ini")
flights = pd.read_csv(config["data"]["prepared"])
cols = ["dep_delay", "taxi_out", "distance"]
X_train, X_test, y_train, y_test = train_test_split(flights[cols], flights["arr_delayed"], test_size=0.2)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
