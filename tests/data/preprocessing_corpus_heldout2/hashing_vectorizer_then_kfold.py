import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import PassiveAggressiveClassifier
from sklearn.model_selection import StratifiedKFold

posts = pd.read_csv("forum_posts.csv")
hasher = HashingVectorizer(n_features=2 ** 18, alternate_sign=False, ngram_range=(1, 2))
X = hasher.transform(posts["body"])
y = posts["toxic"].to_numpy()

acc = []
for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
    pa = PassiveAggressiveClassifier(max_iter=50).fit(X[tr], y[tr])
    acc.append(pa.score(X[te], y[te]))
print(np.mean(acc))
