import numpy as np
import pandas as pd


def scale_features(frame, columns):
    out = frame.copy()
    for col in columns:
        out[col] = (out[col] - out[col].mean()) / out[col].std()
    return out


def add_ratios(frame):
    frame = frame.copy()
    frame["debt_to_income"] = frame["debt"] / frame["income"].replace(0, np.nan)
    return frame
