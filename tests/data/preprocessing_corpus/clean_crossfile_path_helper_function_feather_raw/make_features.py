import pandas as pd

from paths import processed

energy = pd.read_csv("energy_efficiency.csv")
energy = energy.rename(columns=str.strip)
energy.to_feather(processed("energy_raw"))
