import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

churn = (
    pd.read_csv("telco_churn.csv")
    .pipe(lambda d: d.assign(charges_z=(d["MonthlyCharges"] - d["MonthlyCharges"].mean()) / d["MonthlyCharges"].std()))
    .dropna()
)
X_train, X_test, y_train, y_test = train_test_split(churn[["charges_z", "tenure"]], churn["Churn"], test_size=0.25)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
