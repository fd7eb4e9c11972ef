from sklearn.datasets import load_breast_cancer
from sklearn.feature_selection import RFECV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import cross_val_score, StratifiedKFold

X, y = load_breast_cancer(return_X_y=True)
inner = StratifiedKFold(3, shuffle=True, random_state=1)
outer = StratifiedKFold(5, shuffle=True, random_state=2)
model = make_pipeline(StandardScaler(), RFECV(LogisticRegression(max_iter=5000), step=2, cv=inner),
                      LogisticRegression(max_iter=5000))
scores = cross_val_score(model, X, y, cv=outer)
print("nested accuracy %.3f +/- %.3f" % (scores.mean(), scores.std()))
