import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.neural_network import MLPRegressor

concrete = pd.read_csv("concrete.csv")
concrete = concrete.sample(frac=1.0, random_state=11)
n = len(concrete)
train_df, valid_df, test_df = np.split(concrete, [int(0.6 * n), int(0.8 * n)])
scaler = StandardScaler().fit(train_df.drop(columns="strength"))
X_tr, X_va, X_te = [scaler.transform(d.drop(columns="strength")) for d in (train_df, valid_df, test_df)]
mlp = MLPRegressor(hidden_layer_sizes=(64, 32), max_iter=2000).fit(X_tr, train_df["strength"])
print("val", mlp.score(X_va, valid_df["strength"]), "test", mlp.score(X_te, test_df["strength"]))
