import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier

churn = pd.read_csv("telecom_churn_numeric.csv")
y = churn.pop("churn")
X_res, y_res = RandomOverSampler(random_state=0).fit_resample(churn, y)
print(y.value_counts().to_dict(), "->", y_res.value_counts().to_dict())

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
print("F1:", cross_val_score(DecisionTreeClassifier(max_depth=8), X_res, y_res, cv=cv, scoring="f1").mean())
