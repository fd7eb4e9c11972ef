import pandas as pd
from sklearn.preprocessing import PowerTransformer


def build(path="data/raw/energy.csv"):
    df = pd.read_csv(path)
    skewed = ["load_kw", "irradiance", "wind_ms"]
    df[skewed] = PowerTransformer().fit_transform(df[skewed])
    return df
