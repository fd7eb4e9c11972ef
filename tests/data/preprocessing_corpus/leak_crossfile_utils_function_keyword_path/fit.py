from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

from io_utils import load_table

bikes = load_table(path="bikes_features.parquet")
tr, te = train_test_split(bikes, test_size=0.2, random_state=0)
rf = RandomForestRegressor().fit(tr[["temp_z", "hum", "windspeed"]], tr["cnt"])
print(rf.score(te[["temp_z", "hum", "windspeed"]], te["cnt"]))
