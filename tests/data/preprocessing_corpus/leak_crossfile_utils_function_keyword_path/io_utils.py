import pandas as pd


def save_table(frame, path):
    frame.to_parquet(path, index=False)


def load_table(path):
    return pd.read_parquet(path)
