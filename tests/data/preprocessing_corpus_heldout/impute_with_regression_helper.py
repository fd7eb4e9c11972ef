import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.ensemble import GradientBoostingClassifier


def impute_with_model(frame, column, predictors):
    """Fill `column` with a linear model of `predictors` learned from the rows where it is known."""
    known = frame[frame[column].notna()]
    missing = frame[column].isna()
    reg = LinearRegression()
    reg.fit(known[predictors], known[column])
    frame.loc[missing, column] = reg.predict(frame.loc[missing, predictors])
    return frame


def main():
    loans = pd.read_csv("loans.csv")
    loans = impute_with_model(loans, "annual_income", ["loan_amount", "term_months", "grade_num"])
    loans = impute_with_model(loans, "dti", ["loan_amount", "annual_income"])
    X = loans[["loan_amount", "term_months", "grade_num", "annual_income", "dti"]]
    y = loans["default"]
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)
    auc = cross_val_score(GradientBoostingClassifier(), X, y, cv=cv, scoring="roc_auc")
    print(auc.mean())


if __name__ == "__main__":
    main()
