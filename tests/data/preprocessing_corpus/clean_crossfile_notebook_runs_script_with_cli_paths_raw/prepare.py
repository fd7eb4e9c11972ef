import argparse

import pandas as pd

parser = argparse.ArgumentParser()
parser.add_argument("--input", required=True)
parser.add_argument("--output", required=True)
args = parser.parse_args()

frame = pd.read_csv(args.input)
frame = frame.dropna(subset=["rain_tomorrow"])
frame.to_csv(args.output, index=False)
