import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor


class SensorLoader:
    def __init__(self, path):
        self.path = path

    def load(self):
        frame = pd.read_csv(self.path, parse_dates=["t"]).set_index("t")
        return self._fill_gaps(frame)

    @staticmethod
    def _fill_gaps(frame):
        return frame.interpolate(method="time").bfill()


data = SensorLoader("boiler_sensors.csv").load()
X_train, X_test, y_train, y_test = train_test_split(data[["temp", "flow"]], data["efficiency"], test_size=0.2)
print(RandomForestRegressor().fit(X_train, y_train).score(X_test, y_test))
