import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

full = pd.read_csv("data/occupancy.csv")
sensor_cols = ["Temperature", "Humidity", "Light", "CO2", "HumidityRatio"]
scaler = joblib.load("models/minmax.joblib")
train, test = train_test_split(full, test_size=0.3, random_state=2)
knn = KNeighborsClassifier(n_neighbors=7).fit(scaler.transform(train[sensor_cols]), train["Occupancy"])
print(knn.score(scaler.transform(test[sensor_cols]), test["Occupancy"]))
