import pandas as pd
from sklearn.svm import SVR

df = pd.read_csv("process_plant.csv")
cut = int(len(df) * 0.8)
train_df = df.iloc[:cut].copy()
test_df = df.iloc[cut:].copy()
sensor_cols = [c for c in df.columns if c.startswith("sensor_")]
train_df[sensor_cols] = train_df[sensor_cols].interpolate()
test_df[sensor_cols] = test_df[sensor_cols].interpolate()
model = SVR().fit(train_df[sensor_cols], train_df["yield"])
print(model.score(test_df[sensor_cols], test_df["yield"]))
