import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

comments = pd.read_csv("jigsaw_train.csv")
hv = HashingVectorizer(n_features=2**20, ngram_range=(1, 2), alternate_sign=False, norm="l2")
X = hv.transform(comments["comment_text"])
y = comments["toxic"].to_numpy()

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=2018, stratify=y)
clf = LogisticRegression(C=4.0, solver="liblinear").fit(X_train, y_train)
print("val ROC AUC", roc_auc_score(y_val, clf.predict_proba(X_val)[:, 1]))
