import pandas as pd
from sklearn.neighbors import KNeighborsRegressor
from sklearn.linear_model import Lasso
from sklearn.model_selection import train_test_split

autos = pd.read_csv("auto_mpg.csv", na_values="?")
others = ["cylinders", "displacement", "weight", "acceleration", "model_year"]
gap = autos["horsepower"].isna()
knr = KNeighborsRegressor(n_neighbors=4).fit(autos.loc[~gap, others], autos.loc[~gap, "horsepower"])
autos.loc[gap, "horsepower"] = knr.predict(autos.loc[gap, others])

train, test = train_test_split(autos, train_size=0.75, random_state=19)
feats = others + ["horsepower"]
print(Lasso(alpha=0.05).fit(train[feats], train["mpg"]).score(test[feats], test["mpg"]))
