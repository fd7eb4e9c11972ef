import pandas as pd
from sklearn.preprocessing import QuantileTransformer
from sklearn.linear_model import LogisticRegression

loans = pd.read_csv("give_me_some_credit.csv").dropna().sample(frac=1.0, random_state=0).reset_index(drop=True)
cols = ["RevolvingUtilizationOfUnsecuredLines", "age", "DebtRatio", "MonthlyIncome", "NumberOfOpenCreditLinesAndLoans"]
loans[cols] = QuantileTransformer(output_distribution="normal").fit_transform(loans[cols])
n = len(loans)
train, holdout = loans.iloc[: int(n * 0.75)], loans.iloc[int(n * 0.75):]
lr = LogisticRegression(max_iter=1000).fit(train[cols], train["SeriousDlqin2yrs"])
print(lr.score(holdout[cols], holdout["SeriousDlqin2yrs"]))
