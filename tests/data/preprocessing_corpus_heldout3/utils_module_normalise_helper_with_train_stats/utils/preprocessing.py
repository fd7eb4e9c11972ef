import numpy as np


def fit_zscore(matrix):
    return matrix.mean(axis=0), matrix.std(axis=0)


def apply_zscore(matrix, stats):
    mu, sd = stats
    return (matrix - mu) / np.where(sd == 0, 1.0, sd)
