import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.ensemble import RandomForestRegressor

auto = pd.read_csv("auto-mpg.csv", na_values="?")
cols = ["cylinders", "displacement", "horsepower", "weight", "acceleration", "model_year"]
train = auto.sample(frac=0.8, random_state=0)
test = auto.drop(train.index)

imp = SimpleImputer(strategy="median").fit(train[cols])
rf = RandomForestRegressor(n_estimators=300, random_state=0).fit(imp.transform(train[cols]), train["mpg"])
print("test R2", rf.score(imp.transform(test[cols]), test["mpg"]))
