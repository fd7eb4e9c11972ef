import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

scada = pd.read_csv("T1_scada_2018.csv", parse_dates=["Date/Time"], dayfirst=True)
scada = scada.sort_values("Date/Time").set_index("Date/Time")
scada = scada.ffill()
features = ["Wind Speed (m/s)", "Wind Direction (°)", "Theoretical_Power_Curve (KWh)"]
X_tr, X_te, y_tr, y_te = train_test_split(scada[features], scada["LV ActivePower (kW)"], test_size=0.2, random_state=7)
gbr = HistGradientBoostingRegressor(max_iter=400).fit(X_tr, y_tr)
print("MAE kW:", mean_absolute_error(y_te, gbr.predict(X_te)))
