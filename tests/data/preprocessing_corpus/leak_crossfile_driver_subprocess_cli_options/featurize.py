import argparse

import pandas as pd

ap = argparse.ArgumentParser()
ap.add_argument("--out")
opts = ap.parse_args()
energy = pd.read_csv("household_energy.csv")
energy["kwh_norm"] = (energy["kwh"] - energy["kwh"].min()) / (energy["kwh"].max() - energy["kwh"].min())
energy.to_parquet(opts.out)
