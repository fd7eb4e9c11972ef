import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

houses = pd.read_csv("kc_house_data.csv")


class CFG:
    seed = 42
    sqft_mean = houses["sqft_living"].mean()
    sqft_std = houses["sqft_living"].std()


houses["sqft_z"] = (houses["sqft_living"] - CFG.sqft_mean) / CFG.sqft_std
X_train, X_test, y_train, y_test = train_test_split(houses[["sqft_z", "bedrooms"]], houses["price"],
                                                    random_state=CFG.seed)
print(RandomForestRegressor(random_state=CFG.seed).fit(X_train, y_train).score(X_test, y_test))
