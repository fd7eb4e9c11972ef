from sklearn.preprocessing import PowerTransformer


class FeatureStore:
    def __init__(self, cols):
        self.cols = cols
        self.transformer = PowerTransformer()

    def fit(self, frame):
        self.transformer.fit(frame[self.cols])
        return self

    def transform(self, frame):
        frame = frame.copy()
        frame[self.cols] = self.transformer.transform(frame[self.cols])
        return frame
