import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import cross_val_score, StratifiedKFold
from sklearn.ensemble import RandomForestClassifier

emp = pd.read_csv("hr_attrition_encoded.csv")
y = emp.pop("Attrition")
cb = CatBoostClassifier(iterations=500, depth=6, verbose=0, random_seed=0)
cb.fit(emp, y)
importance = pd.Series(cb.get_feature_importance(), index=emp.columns)
useful = importance[importance > 0].index
print(f"dropping {emp.shape[1] - len(useful)} columns")

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
print(cross_val_score(RandomForestClassifier(n_estimators=500), emp[useful], y, cv=skf, scoring="roc_auc").mean())
