import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split

insurance = pd.read_csv("insurance.csv")
num = ["age", "bmi", "children"]
insurance[num] = insurance[num].apply(lambda s: s.clip(s.quantile(0.01), s.quantile(0.99)))
train, test = train_test_split(insurance, test_size=0.2, random_state=4)
gbr = GradientBoostingRegressor().fit(train[num], train["charges"])
print(gbr.score(test[num], test["charges"]))
