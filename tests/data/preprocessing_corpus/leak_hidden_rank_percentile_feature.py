import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

loans = pd.read_csv("lending_club_sample.csv")
# percentile of each applicant's income and loan amount among all applicants
loans["income_pct"] = loans["annual_inc"].rank(pct=True)
loans["amount_pct"] = loans["loan_amnt"].rank(pct=True)
X = loans[["income_pct", "amount_pct", "dti", "int_rate"]]
y = loans["default"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
gbc = GradientBoostingClassifier().fit(X_train, y_train)
print(gbc.score(X_test, y_test))
