import pandas as pd
from sklearn.preprocessing import StandardScaler

sensors = pd.read_csv("turbofan.csv")
cols = [c for c in sensors.columns if c.startswith("s_")]
sc = StandardScaler().fit(sensors[cols])
pd.DataFrame({"mean": sc.mean_, "scale": sc.scale_}, index=cols).to_csv("scaler_params.csv")
