import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import IsolationForest, RandomForestClassifier

df = pd.read_parquet("data/processed/telemetry.parquet")
X_train, X_val, y_train, y_val = train_test_split(df[["rpm", "torque", "temp"]], df["failure"], test_size=0.25)
clf = RandomForestClassifier().fit(X_train, y_train)
print(clf.score(X_val, y_val))
