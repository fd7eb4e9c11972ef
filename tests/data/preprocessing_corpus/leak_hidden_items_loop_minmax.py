import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

seeds = pd.read_csv("seeds.csv")
features = seeds.drop(columns="variety")
for name, column in features.items():
    features[name] = (column - column.min()) / (column.max() - column.min())
X_train, X_test, y_train, y_test = train_test_split(features, seeds["variety"], test_size=0.25)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
