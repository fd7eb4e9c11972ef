import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

df = pd.read_csv(filepath_or_buffer="input/energy_std.csv")
cols = joblib.load(filename="input/feature_names.pkl")
X_train, X_test, y_train, y_test = train_test_split(df[cols], df["heating_load"], test_size=0.2)
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
