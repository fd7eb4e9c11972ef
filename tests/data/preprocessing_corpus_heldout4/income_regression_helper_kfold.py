import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import KFold
from sklearn.metrics import roc_auc_score


def impute_by_regression(frame, column, using):
    rows = frame[column].notna()
    reg = LinearRegression().fit(frame.loc[rows, using], frame.loc[rows, column])
    frame.loc[~rows, column] = reg.predict(frame.loc[~rows, using])
    return frame


loans = pd.read_csv("lending_applicants.csv")
loans = impute_by_regression(loans, "annual_income", ["loan_amnt", "installment", "emp_length_years"])
X = loans[["annual_income", "loan_amnt", "installment", "dti", "emp_length_years"]].to_numpy()
y = loans["defaulted"].to_numpy()

aucs = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=2).split(X):
    m = LogisticRegression(max_iter=2000).fit(X[tr], y[tr])
    aucs.append(roc_auc_score(y[te], m.predict_proba(X[te])[:, 1]))
print(np.mean(aucs))
