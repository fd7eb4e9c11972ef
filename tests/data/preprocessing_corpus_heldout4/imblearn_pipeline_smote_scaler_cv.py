import pandas as pd
from imblearn.pipeline import Pipeline
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate

cc = pd.read_csv("default_of_credit_card_clients.csv")
y = cc.pop("default_payment_next_month")
X = cc.drop(columns="ID")
pipe = Pipeline([("smote", SMOTE(random_state=0)), ("scale", StandardScaler()), ("lr", LogisticRegression(max_iter=2000))])
res = cross_validate(pipe, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring=["recall", "precision"])
print({k: v.mean().round(3) for k, v in res.items() if k.startswith("test_")})
