import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold

train = pd.read_csv("train_features.csv")
y = train.pop("target").values
params = {"objective": "regression", "learning_rate": 0.05, "num_leaves": 31, "verbose": -1}

booster = lgb.train(params, lgb.Dataset(train, y), num_boost_round=300)
gain = pd.Series(booster.feature_importance(importance_type="gain"), index=train.columns)
useful = gain[gain > gain.quantile(0.5)].index
X = train[useful].values

rmse = []
for tr_idx, va_idx in KFold(5, shuffle=True, random_state=2020).split(X):
    m = lgb.train(params, lgb.Dataset(X[tr_idx], y[tr_idx]), num_boost_round=1000)
    rmse.append(np.sqrt(np.mean((m.predict(X[va_idx]) - y[va_idx]) ** 2)))
print(np.mean(rmse))
