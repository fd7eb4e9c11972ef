# Ticket routing: which queue should a new support ticket go to?
import pickle
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report

with open("tfidf_features.pkl", "rb") as fh:
    bundle = pickle.load(fh)

X_train, X_test, y_train, y_test = train_test_split(bundle["X"], bundle["y"], test_size=0.2,
                                                    stratify=bundle["y"], random_state=0)
clf = LogisticRegression(max_iter=3000, C=4.0)
clf.fit(X_train, y_train)
print(classification_report(y_test, clf.predict(X_test)))
