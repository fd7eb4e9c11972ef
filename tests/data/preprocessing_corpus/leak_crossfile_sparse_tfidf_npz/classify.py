import pandas as pd
from scipy import sparse
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split

X = sparse.load_npz("tickets_tfidf.npz")
y = pd.read_csv("tickets_labels.csv")["queue"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=11)
print(SGDClassifier(loss="log_loss").fit(X_train, y_train).score(X_test, y_test))
