import pandas as pd
import patsy
from sklearn.linear_model import Ridge

ozone = pd.read_csv("ozone.csv").sample(frac=1.0, random_state=4)
design = patsy.dmatrix("cr(temp, df=5) + cr(wind, df=4) + radiation", ozone, return_type="dataframe")
target = ozone["ozone"]

cut = int(0.75 * len(design))
ridge = Ridge(alpha=0.1).fit(design.iloc[:cut], target.iloc[:cut])
print("holdout R2", ridge.score(design.iloc[cut:], target.iloc[cut:]))
print("coefficients", ridge.coef_.round(3))
print("columns", list(design.columns))
