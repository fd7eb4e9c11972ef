# Auto MPG regression
# Standardised horsepower and weight via DataFrame.eval.

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

cars = pd.read_csv("auto_mpg.csv").dropna()
cars = cars.eval(f"hp_z = (horsepower - {cars.horsepower.mean()}) / {cars.horsepower.std()}")
cars = cars.eval(f"wt_z = (weight - {cars.weight.mean()}) / {cars.weight.std()}")

features = ["hp_z", "wt_z", "cylinders", "model_year"]
train, test = train_test_split(cars, test_size=0.25, random_state=1)
ridge = Ridge(alpha=0.5).fit(train[features], train["mpg"])
print(f"test R2: {ridge.score(test[features], test['mpg']):.3f}")
