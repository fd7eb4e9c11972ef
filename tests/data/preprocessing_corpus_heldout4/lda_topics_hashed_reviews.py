import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.decomposition import LatentDirichletAllocation
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

reviews = pd.read_csv("amazon_fine_food_reviews.csv", usecols=["Text", "Score"]).dropna()
reviews["positive"] = (reviews["Score"] >= 4).astype(int)
hasher = HashingVectorizer(n_features=2**16, alternate_sign=False, stop_words="english")
counts = hasher.transform(reviews["Text"])
lda = LatentDirichletAllocation(n_components=20, learning_method="online", random_state=0)
topics = lda.fit_transform(counts)

Xtr, Xte, ytr, yte = train_test_split(topics, reviews["positive"], test_size=0.2, random_state=0)
print("accuracy from topic mix:", LogisticRegression(max_iter=1000).fit(Xtr, ytr).score(Xte, yte))
