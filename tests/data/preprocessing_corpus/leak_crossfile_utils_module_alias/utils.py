import pandas as pd
from sklearn.preprocessing import MaxAbsScaler


def load_dataset(path="data/sensors.csv"):
    df = pd.read_csv(path)
    cols = [c for c in df.columns if c != "label"]
    df[cols] = MaxAbsScaler().fit_transform(df[cols])
    return df
