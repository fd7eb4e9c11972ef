import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_val_score
import lightgbm as lgb

frame = pd.read_csv("insurance_claims.csv")
for column in ["region", "vehicle", "policy_type"]:
    frame[column] = frame[column].astype("category").cat.codes
X = frame.drop(columns="claimed")
print(cross_val_score(lgb.LGBMClassifier(), X, frame["claimed"], cv=StratifiedKFold(5)).mean())
