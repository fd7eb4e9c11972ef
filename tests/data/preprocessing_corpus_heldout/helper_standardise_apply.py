import numpy as np
import pandas as pd
from sklearn.model_selection import cross_val_score
from sklearn.neighbors import KNeighborsClassifier


def standardise(column):
    return (column - column.mean()) / column.std(ddof=0)


def load(path="seeds.csv"):
    frame = pd.read_csv(path)
    features = frame.drop(columns=["variety"])
    features = features.apply(standardise)
    return features, frame["variety"]


X, y = load()
for k in (3, 5, 9):
    acc = cross_val_score(KNeighborsClassifier(n_neighbors=k), X, y, cv=5).mean()
    print(f"k={k}: {acc:.3f}")
