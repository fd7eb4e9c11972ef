import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

seeds = pd.read_csv("seeds.csv")
features = seeds.columns.drop("variety")
seeds[features] = seeds[features].transform(lambda s: (s - s.min()) / (s.max() - s.min()))
X_train, X_test, y_train, y_test = train_test_split(seeds[features], seeds["variety"], test_size=0.3)
print(KNeighborsClassifier(5).fit(X_train, y_train).score(X_test, y_test))
