import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge


def clean(frame):
    frame = frame.set_index("ts")
    frame = frame.interpolate(method="time")
    return frame.reset_index(drop=True)


air = clean(pd.read_csv("air_quality.csv", parse_dates=["ts"]))
train_x, test_x, train_y, test_y = train_test_split(air.drop(columns="pm25"), air["pm25"], shuffle=False)
print(Ridge().fit(train_x, train_y).score(test_x, test_y))
