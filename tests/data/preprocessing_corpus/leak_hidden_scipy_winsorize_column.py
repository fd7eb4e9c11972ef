import pandas as pd
from scipy.stats.mstats import winsorize
from sklearn.linear_model import HuberRegressor
from sklearn.model_selection import train_test_split

rent = pd.read_csv("house_rent.csv")
rent["Size"] = winsorize(rent["Size"].to_numpy(), limits=[0.01, 0.01])
X_train, X_test, y_train, y_test = train_test_split(rent[["Size", "BHK"]], rent["Rent"], test_size=0.2)
print(HuberRegressor().fit(X_train, y_train).score(X_test, y_test))
