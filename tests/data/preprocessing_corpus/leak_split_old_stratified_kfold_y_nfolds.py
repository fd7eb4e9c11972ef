import numpy as np
import pandas as pd
from sklearn import cross_validation
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier

df = pd.read_csv("spectra.csv")
labels = df.pop("label").values
reduced = PCA(n_components=20).fit_transform(df.values)
skf = cross_validation.StratifiedKFold(labels, n_folds=5)
for tr, te in skf:
    forest = RandomForestClassifier().fit(reduced[tr], labels[tr])
    print(forest.score(reduced[te], labels[te]))
