import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score

heart = pd.read_csv("heart.csv")
X, y = heart.drop(columns="target"), heart["target"]

# exploratory look at the importances; every feature is kept for the evaluated model
explore = RandomForestClassifier(n_estimators=300, random_state=0).fit(X, y)
for name, score in sorted(zip(X.columns, explore.feature_importances_), key=lambda t: -t[1]):
    print(f"{name:>10s} {score:.3f}")

scores = cross_val_score(RandomForestClassifier(n_estimators=300, random_state=0), X, y, cv=10)
print("10-fold accuracy", scores.mean())
