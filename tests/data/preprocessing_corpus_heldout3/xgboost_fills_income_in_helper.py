import pandas as pd
from xgboost import XGBRegressor
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


def fill_with_model(frame, column, predictors):
    seen = frame[column].notna()
    reg = XGBRegressor(n_estimators=200, max_depth=4)
    reg.fit(frame.loc[seen, predictors], frame.loc[seen, column])
    frame.loc[~seen, column] = reg.predict(frame.loc[~seen, predictors])
    return frame


loans = pd.read_csv("lending_club_2015.csv", low_memory=False)
preds = ["loan_amnt", "int_rate", "installment", "dti"]
loans = fill_with_model(loans, "annual_inc", preds)
X = loans[preds + ["annual_inc"]]
X_tr, X_te, y_tr, y_te = train_test_split(X, loans["default"], test_size=0.2, random_state=13)
print(LogisticRegression(max_iter=3000).fit(X_tr, y_tr).score(X_te, y_te))
