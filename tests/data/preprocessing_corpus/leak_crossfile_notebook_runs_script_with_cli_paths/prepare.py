import argparse

import pandas as pd
from sklearn.preprocessing import StandardScaler

parser = argparse.ArgumentParser()
parser.add_argument("--input", required=True)
parser.add_argument("--output", required=True)
args = parser.parse_args()

frame = pd.read_csv(args.input)
cols = ["temperature", "humidity", "wind_speed"]
frame[cols] = StandardScaler().fit_transform(frame[cols])
frame.to_csv(args.output, index=False)
