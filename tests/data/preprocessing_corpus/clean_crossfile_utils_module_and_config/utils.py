import pandas as pd


def load(path):
    frame = pd.read_csv(path)
    return frame.drop(columns="price"), frame["price"]
