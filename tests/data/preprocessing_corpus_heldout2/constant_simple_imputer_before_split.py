import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

claims = pd.read_csv("insurance_claims.csv")
num = ["prior_claims", "vehicle_age", "annual_km"]
# a missing count means none was reported: fill with a fixed value, nothing is estimated from the rows
claims[num] = SimpleImputer(strategy="constant", fill_value=0).fit_transform(claims[num])

X_tr, X_te, y_tr, y_te = train_test_split(claims[num + ["driver_age"]], claims["fraud"], test_size=0.2, random_state=0)
rf = RandomForestClassifier(n_estimators=250, class_weight="balanced").fit(X_tr, y_tr)
print(rf.score(X_te, y_te))
