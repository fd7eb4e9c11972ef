from sklearn.datasets import fetch_openml
from sklearn.experimental import enable_iterative_imputer  # noqa
from sklearn.impute import IterativeImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate

X, y = fetch_openml("credit-g", version=1, as_frame=True, return_X_y=True)
X = X.select_dtypes("number")

model = make_pipeline(IterativeImputer(max_iter=20, random_state=0), StandardScaler(), LogisticRegression(max_iter=500))
cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=0)
res = cross_validate(model, X, y, cv=cv, scoring=["roc_auc", "accuracy"])
for k in ("test_roc_auc", "test_accuracy"):
    print(k, res[k].mean().round(3))
