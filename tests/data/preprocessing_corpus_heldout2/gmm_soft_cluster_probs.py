import numpy as np
import pandas as pd
from sklearn.mixture import GaussianMixture
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

wine = pd.read_csv("winequality-red.csv", sep=";")
y = (wine.pop("quality") >= 7).astype(int)

gm = GaussianMixture(n_components=4, covariance_type="full", random_state=3).fit(wine)
probs = gm.predict_proba(wine)
features = np.hstack([wine.to_numpy(), probs])

Xtr, Xte, ytr, yte = train_test_split(features, y, test_size=0.2, random_state=3)
logit = LogisticRegression(max_iter=5000).fit(Xtr, ytr)
print("accuracy %.3f" % logit.score(Xte, yte))
print("mixture weights", gm.weights_.round(3))
