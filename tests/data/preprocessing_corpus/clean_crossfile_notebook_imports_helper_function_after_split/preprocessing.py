import numpy as np


def scale_features(train, other, columns):
    train, other = train.copy(), other.copy()
    for col in columns:
        mu, sd = train[col].mean(), train[col].std()
        train[col] = (train[col] - mu) / sd
        other[col] = (other[col] - mu) / sd
    return train, other


def add_ratios(frame):
    frame = frame.copy()
    frame["debt_to_income"] = frame["debt"] / frame["income"].replace(0, np.nan)
    return frame
