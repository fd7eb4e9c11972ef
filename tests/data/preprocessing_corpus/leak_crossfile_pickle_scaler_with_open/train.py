import pickle

import pandas as pd
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split

with open("scaler.pkl", "rb") as fh:
    scaler = pickle.load(fh)
df = pd.read_csv("spambase.csv")
X = scaler.transform(df.drop(columns=["is_spam"]))
X_train, X_test, y_train, y_test = train_test_split(X, df["is_spam"], test_size=0.25)
clf = SGDClassifier(loss="log_loss").fit(X_train, y_train)
print(clf.score(X_test, y_test))
