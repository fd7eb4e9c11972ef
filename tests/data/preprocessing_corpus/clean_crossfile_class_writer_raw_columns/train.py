import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler
from sklearn.ensemble import RandomForestClassifier

df = pd.read_parquet("data/processed/telemetry.parquet")
X_train, X_val, y_train, y_val = train_test_split(df[["rpm", "torque", "power"]], df["failure"], test_size=0.25)
clf = make_pipeline(MinMaxScaler(), RandomForestClassifier()).fit(X_train, y_train)
print(clf.score(X_val, y_val))
