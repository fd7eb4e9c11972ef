import umap
from sklearn.datasets import load_digits
from sklearn.pipeline import make_pipeline
from sklearn.svm import SVC
from sklearn.model_selection import cross_val_score

digits = load_digits()
pipe = make_pipeline(umap.UMAP(n_components=8, random_state=0), SVC(C=5))
scores = cross_val_score(pipe, digits.data / 16.0, digits.target, cv=5)
print("UMAP+SVC:", scores.round(3), scores.mean())
