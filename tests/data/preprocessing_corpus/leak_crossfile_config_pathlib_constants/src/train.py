import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

from src.config import PROCESSED

rides = pd.read_pickle(PROCESSED)
X_train, X_test, y_train, y_test = train_test_split(rides[["temp", "humidity", "windspeed"]], rides["count"])
print(RandomForestRegressor().fit(X_train, y_train).score(X_test, y_test))
