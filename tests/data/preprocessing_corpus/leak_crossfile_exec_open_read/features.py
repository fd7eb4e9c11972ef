import numpy as np
import pandas as pd

wine = pd.read_csv("winequality-red.csv", sep=";")
y = (wine["quality"] >= 7).astype(int)
X = wine.drop(columns=["quality"])
X = (X - X.min()) / (X.max() - X.min())
