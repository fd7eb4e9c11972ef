import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split


def add_zscore(df, col):
    df[col + "_z"] = (df[col] - df[col].mean()) / df[col].std()


hr = pd.read_csv("hr_attrition.csv")
for c in ["MonthlyIncome", "TotalWorkingYears", "YearsAtCompany"]:
    add_zscore(hr, c)
z_cols = [c for c in hr.columns if c.endswith("_z")]
X_train, X_test, y_train, y_test = train_test_split(hr[z_cols], hr["Attrition"], test_size=0.2)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
