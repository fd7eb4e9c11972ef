import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

liver = pd.read_pickle("../data/liver_clean.pkl")
X, y = liver.drop(columns="Dataset"), liver["Dataset"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
clf = LogisticRegression(max_iter=2000, class_weight="balanced").fit(X_train, y_train)
print("test accuracy", clf.score(X_test, y_test))
