import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR

from utils import clean_series

plant = pd.read_csv("plant_sensors.csv", parse_dates=["timestamp"])
plant = clean_series(plant, ["pressure", "flow", "temp"])
X_train, X_test, y_train, y_test = train_test_split(plant[["pressure", "flow"]], plant["temp"], test_size=0.2)
print(SVR().fit(X_train, y_train).score(X_test, y_test))
