import pandas as pd
from sklearn.cluster import KMeans
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

wine = pd.read_csv("winequality-white.csv", sep=";")
wine = wine.assign(
    alcohol_z=lambda d: (d["alcohol"] - d["alcohol"].mean()) / d["alcohol"].std(),
    sugar_ratio=lambda d: d["residual sugar"] / d["density"],
)
X_train, X_test, y_train, y_test = train_test_split(wine[["alcohol_z", "sugar_ratio"]], wine["quality"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
