import numpy as np
import pandas as pd
from sklearn.linear_model import ElasticNet
from sklearn.model_selection import cross_val_score


def logged(frame, cols):
    out = frame.copy()
    out[cols] = np.log1p(out[cols])
    return out


cols = ["cement", "slag", "ash", "water", "age"]
concrete = pd.read_csv("concrete.csv").pipe(logged, cols=cols)
print(cross_val_score(ElasticNet(alpha=0.1), concrete[cols], concrete["strength"], cv=5).mean())
