import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

cars = pd.read_csv("mtcars.csv")
holdout = cars.sample(frac=0.25, random_state=7)
rest = cars.drop(holdout.index)
model = smf.ols("mpg ~ standardize(hp) + standardize(wt) + C(cyl)", data=rest).fit()
rmse = np.sqrt(np.mean((model.predict(holdout) - holdout["mpg"]) ** 2))
print("holdout RMSE", rmse)
