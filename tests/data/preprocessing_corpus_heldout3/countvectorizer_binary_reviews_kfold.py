import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

reviews = pd.read_json("yelp_reviews_50k.json", lines=True)
bow = CountVectorizer(binary=True, max_features=30000, stop_words="english")
X = bow.fit_transform(reviews["text"])
y = (reviews["stars"] >= 4).astype(int).to_numpy()

accs = []
for tr, va in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
    accs.append(LogisticRegression(max_iter=1000, C=0.5).fit(X[tr], y[tr]).score(X[va], y[va]))
print(np.mean(accs))
