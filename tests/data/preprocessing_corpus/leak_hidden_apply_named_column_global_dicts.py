import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPRegressor

df = pd.read_csv("energy_efficiency.csv")
feature_cols = [c for c in df.columns if c.startswith("X")]
MEANS = df[feature_cols].mean()
STDS = df[feature_cols].std()


def norm(col):
    return (col - MEANS[col.name]) / STDS[col.name]


df[feature_cols] = df[feature_cols].apply(norm)
X_train, X_test, y_train, y_test = train_test_split(df[feature_cols], df["Y1"], test_size=0.2)
print(MLPRegressor(max_iter=2000).fit(X_train, y_train).score(X_test, y_test))
