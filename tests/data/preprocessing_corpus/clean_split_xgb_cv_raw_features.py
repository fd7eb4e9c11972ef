import numpy as np
import xgboost as xgb

X = np.load("higgs_features.npy")
y = np.load("higgs_labels.npy")
dtrain = xgb.DMatrix(np.log1p(np.abs(X)), label=y)
results = xgb.cv({"objective": "binary:logistic", "max_depth": 6}, dtrain, num_boost_round=200, nfold=5,
                 metrics="auc", early_stopping_rounds=20)
print(results.tail(1))
