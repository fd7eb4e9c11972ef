import pandas as pd
from sklearn.linear_model import PoissonRegressor
from sklearn.model_selection import train_test_split

rides = pd.read_csv("rides.csv", parse_dates=["day"])
rides["month"] = rides["day"].dt.month
rides["rain_mm"] = rides.groupby("month")["rain_mm"].transform(lambda s: s.fillna(s.median()))
train_rows, test_rows = train_test_split(rides, test_size=0.3, random_state=0)
m = PoissonRegressor().fit(train_rows[["month", "rain_mm"]], train_rows["count"])
print(m.score(test_rows[["month", "rain_mm"]], test_rows["count"]))
