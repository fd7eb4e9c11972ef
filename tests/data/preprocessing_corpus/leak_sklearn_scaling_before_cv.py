from sklearn.datasets import load_diabetes
from sklearn.linear_model import Lasso
from sklearn.model_selection import cross_val_score, KFold
from sklearn.preprocessing import StandardScaler

X, y = load_diabetes(return_X_y=True)
X = StandardScaler().fit_transform(X)

cv = KFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(Lasso(alpha=0.1), X, y, cv=cv, scoring="r2")
print(scores.mean())
