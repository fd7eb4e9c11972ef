import xarray as xr
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

ds = xr.open_dataset("station_temperatures.nc")
ds = ds.interpolate_na(dim="time", method="linear")
frame = ds.to_dataframe().reset_index()
X = frame[["lat", "lon", "elevation", "t2m"]]
y = frame["precip"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3)
print(GradientBoostingRegressor().fit(X_tr, y_tr).score(X_te, y_te))
