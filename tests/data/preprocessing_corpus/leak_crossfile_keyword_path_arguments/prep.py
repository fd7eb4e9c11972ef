import joblib
import pandas as pd
from sklearn.preprocessing import StandardScaler

df = pd.read_csv(filepath_or_buffer="input/energy.csv")
cols = ["x1", "x2", "x3", "x4"]
df[cols] = StandardScaler().fit_transform(df[cols])
df.to_csv(path_or_buf="input/energy_std.csv", index=False)
joblib.dump(value=cols, filename="input/feature_names.pkl")
