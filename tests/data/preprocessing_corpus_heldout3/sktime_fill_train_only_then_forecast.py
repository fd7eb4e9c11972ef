import pandas as pd
from sktime.forecasting.model_selection import temporal_train_test_split
from sktime.forecasting.theta import ThetaForecaster
from sktime.performance_metrics.forecasting import mean_absolute_percentage_error

y = pd.read_csv("airline_passengers_gaps.csv", index_col="Month", parse_dates=True)["Passengers"]
y = y.asfreq("MS")
y_train, y_test = temporal_train_test_split(y, test_size=24)
y_train = y_train.interpolate(method="time").bfill()
y_test = y_test.dropna()

forecaster = ThetaForecaster(sp=12)
forecaster.fit(y_train)
y_pred = forecaster.predict(fh=list(range(1, 25)))
print(mean_absolute_percentage_error(y_test, y_pred.loc[y_test.index]))
