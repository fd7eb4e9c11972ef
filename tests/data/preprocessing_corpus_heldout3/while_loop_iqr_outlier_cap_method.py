import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression


class Cleaner:
    def __init__(self, frame):
        self.frame = frame

    def cap_outliers(self, col):
        q1, q3 = self.frame[col].quantile([0.25, 0.75])
        iqr = q3 - q1
        self.frame[col] = self.frame[col].clip(q1 - 1.5 * iqr, q3 + 1.5 * iqr)
        return self


cars = pd.read_csv("car_price_prediction.csv")
cars = Cleaner(cars).cap_outliers("Mileage").frame
cols = ["Mileage", "Prod_year", "Engine_volume", "Airbags"]
tr, te = train_test_split(cars, test_size=0.2, random_state=1)
print(LinearRegression().fit(tr[cols], tr["Price"]).score(te[cols], te["Price"]))
