import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

reviews = pd.read_csv("product_reviews.csv")
vocab = sorted(set(" ".join(reviews["text"]).lower().split()))
word2idx = {w: i + 1 for i, w in enumerate(vocab)}
encoded = [[word2idx.get(w, 0) for w in t.lower().split()][:50] for t in reviews["text"]]
X = np.array([row + [0] * (50 - len(row)) for row in encoded])
X_train, X_val, y_train, y_val = train_test_split(X, reviews["label"].values, test_size=0.1)
np.savez("encoded_reviews.npz", X_train=X_train, X_val=X_val, y_train=y_train, y_val=y_val)
