import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

pollution = (
    pd.read_csv("beijing_pm25.csv")
    .sort_values(["year", "month", "day", "hour"])
    .pipe(pd.DataFrame.interpolate, limit_direction="both")
)
X_train, X_test, y_train, y_test = train_test_split(pollution[["DEWP", "TEMP", "PRES"]], pollution["pm2.5"])
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
