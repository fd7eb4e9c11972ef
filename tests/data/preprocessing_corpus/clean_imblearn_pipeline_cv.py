from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.datasets import make_classification
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

X, y = make_classification(n_samples=10000, weights=[0.99], flip_y=0, random_state=1)
pipeline = Pipeline(steps=[("scale", StandardScaler()), ("over", SMOTE()), ("model", DecisionTreeClassifier())])
cv = RepeatedStratifiedKFold(n_splits=10, n_repeats=3, random_state=1)
scores = cross_val_score(pipeline, X, y, scoring="roc_auc", cv=cv, n_jobs=-1)
print("Mean ROC AUC: %.3f" % scores.mean())
