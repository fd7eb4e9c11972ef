import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import cross_val_score, StratifiedKFold

reviews = pd.read_json("yelp_reviews_50k.json", lines=True)
y = (reviews["stars"] >= 4).astype(int)
model = make_pipeline(CountVectorizer(binary=True, max_features=30000, stop_words="english"), LogisticRegression(max_iter=1000, C=0.5))
print(cross_val_score(model, reviews["text"], y, cv=StratifiedKFold(5, shuffle=True, random_state=0)).mean())
