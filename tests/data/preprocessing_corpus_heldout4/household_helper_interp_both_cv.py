import pandas as pd
from sklearn.model_selection import cross_validate, ShuffleSplit
from sklearn.neighbors import KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def repair_gaps(frame: pd.DataFrame, cols) -> pd.DataFrame:
    out = frame.copy()
    out[cols] = out[cols].interpolate(limit_direction="both")
    return out


power = pd.read_csv("household_power_consumption.txt", sep=";", na_values="?", low_memory=False)
power["ts"] = pd.to_datetime(power["Date"] + " " + power["Time"], dayfirst=True)
power = power.sort_values("ts")
numeric = ["Global_active_power", "Global_reactive_power", "Voltage", "Global_intensity", "Sub_metering_3"]
power = repair_gaps(power, numeric)

X = power[["Global_reactive_power", "Voltage", "Global_intensity", "Sub_metering_3"]]
y = power["Global_active_power"]
res = cross_validate(make_pipeline(StandardScaler(), KNeighborsRegressor(15)), X, y,
                     cv=ShuffleSplit(n_splits=3, test_size=0.2, random_state=0), scoring="neg_root_mean_squared_error")
print(-res["test_score"].mean())
