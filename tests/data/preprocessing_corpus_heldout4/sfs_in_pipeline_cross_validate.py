from sklearn.datasets import load_wine
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.feature_selection import SequentialFeatureSelector
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_validate, StratifiedKFold

X, y = load_wine(return_X_y=True)
model = make_pipeline(
    StandardScaler(),
    SequentialFeatureSelector(LogisticRegression(max_iter=500), n_features_to_select=4, cv=3),
    LogisticRegression(max_iter=500),
)
out = cross_validate(model, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=4), return_train_score=True)
print(out["test_score"].mean(), out["train_score"].mean())
