import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import HuberRegressor

wages = pd.read_csv("nlsy_wages.csv")
wages["hours_rel"] = wages.groupby("region")["hours"].transform(lambda s: s - s.mean())
cols = ["educ", "exper", "hours_rel", "tenure"]
x1, x2, y1, y2 = train_test_split(wages[cols], wages["log_wage"], test_size=0.3, random_state=12)
print(HuberRegressor().fit(x1, y1).score(x2, y2))
