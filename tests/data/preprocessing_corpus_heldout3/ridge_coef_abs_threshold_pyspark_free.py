import numpy as np
from sklearn.datasets import fetch_openml
from sklearn.linear_model import RidgeClassifierCV
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

bio = fetch_openml("Bioresponse", version=1, as_frame=False)
X, y = bio.data, bio.target.astype(int)
rc = RidgeClassifierCV(alphas=np.logspace(-2, 3, 12)).fit(X, y)
weights = np.abs(rc.coef_).ravel()
cols = np.where(weights > np.percentile(weights, 80))[0]

X_a, X_b, y_a, y_b = train_test_split(X[:, cols], y, random_state=0)
print(RandomForestClassifier(n_estimators=300).fit(X_a, y_a).score(X_b, y_b))
