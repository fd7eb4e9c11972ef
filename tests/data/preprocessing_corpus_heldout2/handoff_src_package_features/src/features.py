from sklearn.preprocessing import QuantileTransformer


def build_features(frame, columns):
    qt = QuantileTransformer(n_quantiles=200, output_distribution="normal")
    frame[columns] = qt.fit_transform(frame[columns])
    return frame
