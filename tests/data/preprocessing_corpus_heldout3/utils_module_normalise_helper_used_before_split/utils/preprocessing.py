import numpy as np


def zscore(matrix):
    mu = matrix.mean(axis=0)
    sd = matrix.std(axis=0)
    return (matrix - mu) / np.where(sd == 0, 1.0, sd)
