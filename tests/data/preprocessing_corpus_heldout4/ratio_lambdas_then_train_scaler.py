import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

loans = pd.read_csv("loan_data.csv")
loans["payment_to_income"] = loans.apply(lambda r: r["installment"] * 12 / max(r["annual_inc"], 1.0), axis=1)
loans["sqrt_revol"] = loans["revol_bal"].map(lambda v: max(v, 0) ** 0.5)
loans["short_term"] = loans["term"].apply(lambda t: int(t.strip() == "36 months"))
cols = ["payment_to_income", "sqrt_revol", "short_term", "int_rate", "dti"]

X_train, X_test, y_train, y_test = train_test_split(loans[cols], loans["not_fully_paid"], test_size=0.2, random_state=0)
scaler = StandardScaler().fit(X_train)
clf = LogisticRegression(max_iter=1000).fit(scaler.transform(X_train), y_train)
print("test accuracy", clf.score(scaler.transform(X_test), y_test))
