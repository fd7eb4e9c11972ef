import pandas as pd
from sklearn.linear_model import ElasticNet
from sklearn.model_selection import cross_val_score


def standardise(frame, cols):
    out = frame.copy()
    out[cols] = (out[cols] - out[cols].mean()) / out[cols].std()
    return out


cols = ["cement", "slag", "ash", "water", "age"]
concrete = pd.read_csv("concrete.csv").pipe(standardise, cols=cols)
print(cross_val_score(ElasticNet(alpha=0.1), concrete[cols], concrete["strength"], cv=5).mean())
