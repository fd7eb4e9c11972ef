import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

occupancy = pd.read_csv("occupancy_data.csv")
sensors = ["Temperature", "Humidity", "Light", "CO2", "HumidityRatio"]
moments = occupancy[sensors].agg(["mean", "std"])
for s in sensors:
    occupancy[s] = (occupancy[s] - moments.loc["mean", s]) / moments.loc["std", s]

X_train, X_test, y_train, y_test = train_test_split(occupancy[sensors], occupancy["Occupancy"], test_size=0.25, shuffle=True, random_state=3)
print("accuracy", LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
