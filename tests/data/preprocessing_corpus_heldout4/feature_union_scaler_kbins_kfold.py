import numpy as np
from sklearn.pipeline import FeatureUnion
from sklearn.preprocessing import StandardScaler, KBinsDiscretizer
from sklearn.model_selection import KFold
from sklearn.linear_model import LogisticRegression

X = np.load("magic04_X.npy")
y = np.load("magic04_y.npy")
union = FeatureUnion([
    ("z", StandardScaler()),
    ("bins", KBinsDiscretizer(n_bins=8, encode="onehot-dense", strategy="quantile")),
])
Z = union.fit_transform(X)

accs = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=0).split(Z):
    accs.append(LogisticRegression(max_iter=3000).fit(Z[tr], y[tr]).score(Z[te], y[te]))
print(f"{np.mean(accs):.4f}")
