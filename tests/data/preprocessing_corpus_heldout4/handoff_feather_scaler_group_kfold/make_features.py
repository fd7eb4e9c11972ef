"""Step 1 of 2: build the model table (run before train.py)."""
import pandas as pd
from sklearn.preprocessing import StandardScaler

sessions = pd.read_csv("data/raw/gait_sessions.csv")
signal_cols = ["stride_len", "cadence", "stance_ratio", "swing_var", "step_asym"]
sessions[signal_cols] = StandardScaler().fit_transform(sessions[signal_cols])
sessions.reset_index(drop=True).to_feather("data/processed/gait_features.feather")
