import pandas as pd
from sklearn.preprocessing import PowerTransformer


class FeatureStore:
    def __init__(self, path):
        self.frame = pd.read_csv(path)
        self.transformer = PowerTransformer()

    def build(self, cols):
        self.frame[cols] = self.transformer.fit_transform(self.frame[cols])
        return self.frame
