import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

seeds = pd.read_csv("seeds.csv")
cols = ["area", "perimeter", "compactness", "length"]
table = seeds[cols].agg(["mean", "std"])
seeds[cols] = (seeds[cols] - table.loc["mean"]) / table.loc["std"]
X_train, X_test, y_train, y_test = train_test_split(seeds[cols], seeds["variety"], test_size=0.3)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
