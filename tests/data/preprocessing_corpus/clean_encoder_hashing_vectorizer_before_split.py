import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split

tickets = pd.read_csv("support_tickets.csv")
hv = HashingVectorizer(n_features=2 ** 18, alternate_sign=False, ngram_range=(1, 2))
X = hv.fit_transform(tickets["body"])
X_train, X_test, y_train, y_test = train_test_split(X, tickets["queue"], test_size=0.2, random_state=0)
print(SGDClassifier(loss="log_loss").fit(X_train, y_train).score(X_test, y_test))
