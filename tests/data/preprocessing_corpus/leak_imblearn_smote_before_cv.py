from imblearn.over_sampling import ADASYN
from sklearn.datasets import make_classification
from sklearn.model_selection import cross_validate
from sklearn.svm import SVC

X, y = make_classification(n_samples=2000, weights=[0.95], random_state=0)
X, y = ADASYN(random_state=0).fit_resample(X, y)
results = cross_validate(SVC(), X, y, cv=5, scoring=["f1", "roc_auc"])
print(results["test_f1"].mean())
