import pandas as pd
from sklearn_pandas import DataFrameMapper
from sklearn.preprocessing import StandardScaler, MinMaxScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

bikes = pd.read_csv("seoul_bike_data.csv", encoding="latin-1")
mapper = DataFrameMapper([
    (["Temperature(C)"], StandardScaler()),
    (["Humidity(%)"], StandardScaler()),
    (["Wind speed (m/s)", "Visibility (10m)"], MinMaxScaler()),
    ("Hour", None),
])
X = mapper.fit_transform(bikes)
y = bikes["Rented Bike Count"].to_numpy()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print("R2", LinearRegression().fit(X_train, y_train).score(X_test, y_test))
