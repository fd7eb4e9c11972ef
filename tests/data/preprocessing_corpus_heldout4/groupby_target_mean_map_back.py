import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

airbnb = pd.read_csv("AB_NYC_2019.csv").dropna(subset=["price"])
airbnb = airbnb[airbnb["price"] > 0]
airbnb["log_price"] = np.log(airbnb["price"])
airbnb["hood_mean_price"] = airbnb["neighbourhood"].map(airbnb.groupby("neighbourhood")["log_price"].mean())

cols = ["hood_mean_price", "latitude", "longitude", "minimum_nights", "number_of_reviews", "availability_365"]
X_train, X_test, y_train, y_test = train_test_split(airbnb[cols], airbnb["log_price"], test_size=0.2, random_state=0)
gbr = GradientBoostingRegressor(n_estimators=400, max_depth=4).fit(X_train, y_train)
print("test R2 (log price):", gbr.score(X_test, y_test))
