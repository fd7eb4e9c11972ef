"""Batch predictions for new penguin measurements.

Usage: python predict.py new_measurements.csv predictions.csv
The model (scaler + kNN) was fitted by train.py on its training split.
"""
import sys
import joblib
import pandas as pd

pipe = joblib.load("penguin_model.joblib")
new = pd.read_csv(sys.argv[1])
cols = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
new["predicted_species"] = pipe.predict(new[cols])
new.to_csv(sys.argv[2], index=False)
