import yaml
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

with open("features.yaml") as fh:
    cfg = yaml.safe_load(fh)
energy = pd.read_csv("energy_efficiency.csv")
cols = cfg["selected_features"]
tr, te = train_test_split(energy, test_size=0.2, random_state=cfg.get("seed", 0))
rf = RandomForestRegressor(n_estimators=cfg["n_estimators"]).fit(tr[cols], tr["heating_load"])
print(rf.score(te[cols], te["heating_load"]))
