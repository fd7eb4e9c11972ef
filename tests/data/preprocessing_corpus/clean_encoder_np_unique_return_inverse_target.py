import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

shots = pd.read_csv("nba_shots.csv")
classes, y = np.unique(shots["result"], return_inverse=True)
X = shots[["distance", "defender_dist"]]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
