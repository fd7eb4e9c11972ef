import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from catboost import CatBoostRegressor

df = pd.read_csv("flights.csv")
num_cols = ["distance", "dep_delay", "air_time"]
df[num_cols] = StandardScaler().fit_transform(df[num_cols])

train, valid = train_test_split(df, test_size=0.2, random_state=0)
model = CatBoostRegressor(verbose=0).fit(train[num_cols], train["arr_delay"], eval_set=(valid[num_cols], valid["arr_delay"]))
