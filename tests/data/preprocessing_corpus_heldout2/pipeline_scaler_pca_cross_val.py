from sklearn.datasets import load_digits
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.svm import SVC
from sklearn.model_selection import cross_val_score, StratifiedKFold

X, y = load_digits(return_X_y=True)
pipe = Pipeline([("scale", StandardScaler()), ("pca", PCA(n_components=30)), ("svc", SVC(C=10))])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(pipe, X, y, cv=cv)
print("accuracy %.3f +/- %.3f" % (scores.mean(), scores.std()))
