import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

train_df = pd.read_csv("santander_train.csv")
X = train_df.drop(columns=["ID_code", "target"])
y = train_df["target"]

full = lgb.Dataset(X, label=y)
booster = lgb.train({"objective": "binary", "learning_rate": 0.05, "num_leaves": 31, "verbose": -1}, full, 300)
gain = booster.feature_importance(importance_type="gain")
top_cols = X.columns[np.argsort(gain)[::-1][:50]]

X_tr, X_va, y_tr, y_va = train_test_split(X[top_cols], y, test_size=0.2, stratify=y, random_state=4)
final = lgb.train({"objective": "binary", "learning_rate": 0.02, "verbose": -1}, lgb.Dataset(X_tr, label=y_tr), 2000,
                  valid_sets=[lgb.Dataset(X_va, label=y_va)])
