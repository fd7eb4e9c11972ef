import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor


class Cleaner:
    def __init__(self, columns):
        self.columns = columns

    def __call__(self, frame):
        frame = frame.copy()
        frame[self.columns] = frame[self.columns].interpolate(limit_direction="both")
        return frame


ozone = pd.read_csv("ozone.csv")
ozone = Cleaner(["Solar.R", "Wind", "Temp"])(ozone)
ozone = ozone.dropna(subset=["Ozone"])
X_train, X_test, y_train, y_test = train_test_split(ozone[["Solar.R", "Wind", "Temp"]], ozone["Ozone"])
print(KNeighborsRegressor().fit(X_train, y_train).score(X_test, y_test))
