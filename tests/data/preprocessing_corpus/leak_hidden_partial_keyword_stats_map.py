from functools import partial

import pandas as pd
from sklearn.model_selection import cross_val_score
from sklearn.svm import SVR


def rescale(x, low, high):
    return (x - low) / (high - low)


boston = pd.read_csv("boston.csv")
for column in ["CRIM", "TAX", "LSTAT"]:
    to_unit = partial(rescale, low=boston[column].min(), high=boston[column].max())
    boston[column] = boston[column].map(to_unit)
print(cross_val_score(SVR(), boston[["CRIM", "TAX", "LSTAT"]], boston["MEDV"], cv=5).mean())
