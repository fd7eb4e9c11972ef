import pandas as pd
from xgboost import XGBRegressor
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


def fit_filler(frame, column, predictors):
    seen = frame[column].notna()
    return XGBRegressor(n_estimators=200, max_depth=4).fit(frame.loc[seen, predictors], frame.loc[seen, column])


def apply_filler(reg, frame, column, predictors):
    frame = frame.copy()
    gap = frame[column].isna()
    frame.loc[gap, column] = reg.predict(frame.loc[gap, predictors])
    return frame


loans = pd.read_csv("lending_club_2015.csv", low_memory=False)
preds = ["loan_amnt", "int_rate", "installment", "dti"]
tr, te = train_test_split(loans, test_size=0.2, random_state=13)
filler = fit_filler(tr, "annual_inc", preds)
tr, te = apply_filler(filler, tr, "annual_inc", preds), apply_filler(filler, te, "annual_inc", preds)
cols = preds + ["annual_inc"]
print(LogisticRegression(max_iter=3000).fit(tr[cols], tr["default"]).score(te[cols], te["default"]))
