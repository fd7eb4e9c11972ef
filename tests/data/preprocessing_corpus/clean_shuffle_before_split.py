import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import SGDRegressor

df = pd.read_csv("concrete.csv").sample(frac=1, random_state=0).reset_index(drop=True)
n = int(len(df) * 0.8)
train_df, test_df = df[:n], df[n:]
features = [c for c in df.columns if c != "strength"]
sc = StandardScaler().fit(train_df[features])
m = SGDRegressor().fit(sc.transform(train_df[features]), train_df["strength"])
print(m.score(sc.transform(test_df[features]), test_df["strength"]))
