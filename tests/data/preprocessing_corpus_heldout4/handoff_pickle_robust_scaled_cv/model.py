import pickle

from sklearn.model_selection import cross_val_score, StratifiedKFold
from sklearn.ensemble import RandomForestClassifier

with open("work/steel_scaled.pkl", "rb") as fh:
    bundle = pickle.load(fh)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(RandomForestClassifier(n_estimators=300, random_state=0), bundle["X"], bundle["y"], cv=cv)
print(dict(zip(range(5), scores.round(3))), scores.mean())
