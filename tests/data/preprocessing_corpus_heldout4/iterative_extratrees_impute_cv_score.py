from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.ensemble import ExtraTreesRegressor, GradientBoostingClassifier
from sklearn.model_selection import cross_val_score, StratifiedKFold
import pandas as pd

hep = pd.read_csv("hepatitis.csv", na_values="?")
y = (hep.pop("Class") == 2).astype(int)
imp = IterativeImputer(estimator=ExtraTreesRegressor(n_estimators=50, random_state=0), max_iter=8, random_state=0)
X_full = imp.fit_transform(hep)

scores = cross_val_score(GradientBoostingClassifier(random_state=0), X_full, y,
                         cv=StratifiedKFold(10, shuffle=True, random_state=0), scoring="accuracy")
print("10-fold accuracy: %.3f (+/- %.3f)" % (scores.mean(), scores.std()))
