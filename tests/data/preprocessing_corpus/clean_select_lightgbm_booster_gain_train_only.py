import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

train_df = pd.read_csv("santander_train.csv")
X = train_df.drop(columns=["ID_code", "target"])
y = train_df["target"]
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=4)

scout = lgb.train({"objective": "binary", "learning_rate": 0.05, "verbose": -1}, lgb.Dataset(X_tr, label=y_tr), 300)
gain = scout.feature_importance(importance_type="gain")
top_cols = X.columns[np.argsort(gain)[::-1][:50]]

final = lgb.train({"objective": "binary", "learning_rate": 0.02, "verbose": -1},
                  lgb.Dataset(X_tr[top_cols], label=y_tr), 2000,
                  valid_sets=[lgb.Dataset(X_va[top_cols], label=y_va)])
