import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score

horse = pd.read_csv("horse-colic.csv", na_values="?")
y = horse.pop("outcome_lived").to_numpy()
X = horse.select_dtypes("number").to_numpy()

pipe = Pipeline([
    ("impute", KNNImputer(n_neighbors=5)),
    ("scale", StandardScaler()),
    ("svc", SVC(C=1.0, gamma="scale")),
])
cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=1)
acc = cross_val_score(pipe, X, y, cv=cv, n_jobs=-1)
print(f"{np.mean(acc):.3f} ({np.std(acc):.3f})")
