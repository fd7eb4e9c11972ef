import pandas as pd
from sklearn.preprocessing import StandardScaler


def load(path):
    return pd.read_csv(path)


def preprocess(df, target):
    features = df.drop(columns=[target])
    features = features.fillna(features.median())
    scaled = StandardScaler().fit_transform(features)
    return pd.DataFrame(scaled, columns=features.columns), df[target]
