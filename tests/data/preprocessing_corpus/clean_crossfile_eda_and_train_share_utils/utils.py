import pandas as pd

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def load(path="iris.csv"):
    frame = pd.read_csv(path)
    return frame[FEATURES], frame["species"]
