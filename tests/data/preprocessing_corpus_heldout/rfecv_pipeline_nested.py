# Nested CV: recursive elimination is tuned in the inner loop and scored in the outer loop,
# so the selection never sees the outer test fold.
from sklearn.datasets import make_classification
from sklearn.feature_selection import RFECV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import cross_val_score, StratifiedKFold

X, y = make_classification(n_samples=600, n_features=40, n_informative=6, random_state=0)
inner = StratifiedKFold(5, shuffle=True, random_state=1)
outer = StratifiedKFold(5, shuffle=True, random_state=2)
model = make_pipeline(StandardScaler(), RFECV(LogisticRegression(max_iter=1000), step=2, cv=inner),
                      LogisticRegression(max_iter=1000))
print(cross_val_score(model, X, y, cv=outer).mean())
