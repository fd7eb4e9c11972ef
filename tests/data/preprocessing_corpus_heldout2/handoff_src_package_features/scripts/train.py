import joblib
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.ensemble import RandomForestClassifier

table = joblib.load("data/processed/table.joblib")
y = table.pop("default.payment.next.month")
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
print(cross_val_score(RandomForestClassifier(n_estimators=300, n_jobs=-1), table, y, cv=cv, scoring="roc_auc").mean())
