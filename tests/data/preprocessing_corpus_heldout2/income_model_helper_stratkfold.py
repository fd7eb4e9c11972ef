import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score


def fill_income(df, predictors):
    known = df["income"].notna()
    reg = lgb.LGBMRegressor(n_estimators=300, learning_rate=0.05)
    reg.fit(df.loc[known, predictors], df.loc[known, "income"])
    df.loc[~known, "income"] = reg.predict(df.loc[~known, predictors])
    return df


apps = pd.read_csv("credit_applications.csv")
apps = fill_income(apps, ["age", "years_employed", "education_num", "region_code"])
feats = ["age", "years_employed", "education_num", "region_code", "income"]
X, y = apps[feats].values, apps["default"].values
oof = np.zeros(len(y))
for tr, va in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
    model = lgb.LGBMClassifier(n_estimators=500).fit(X[tr], y[tr])
    oof[va] = model.predict_proba(X[va])[:, 1]
print("OOF AUC", roc_auc_score(y, oof))
