from sklearn.datasets import make_classification
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
from sklearn.svm import SVC

X, y = make_classification(n_samples=1000, n_features=20, random_state=1)
X = StandardScaler().fit_transform(X)
cv = RepeatedStratifiedKFold(n_splits=10, n_repeats=3, random_state=1)
scores = cross_val_score(SVC(), X, y, scoring="accuracy", cv=cv, n_jobs=-1)
print(scores.mean())
