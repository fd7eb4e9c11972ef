"""Insurance fraud: balancing the classes with Borderline-SMOTE.

Reported F1 is what goes in the slide deck.
"""
import pandas as pd
from imblearn.over_sampling import BorderlineSMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score, StratifiedKFold

fraud = pd.read_csv("insurance_fraud_numeric.csv")
X, y = fraud.drop(columns="fraud_reported"), fraud["fraud_reported"]

X_bal, y_bal = BorderlineSMOTE(random_state=0, k_neighbors=4).fit_resample(X, y)
print(y_bal.value_counts())

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
print("F1:", cross_val_score(RandomForestClassifier(n_estimators=300), X_bal, y_bal, cv=cv, scoring="f1").mean())
