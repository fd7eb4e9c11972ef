"""Madelon: sparse logistic regression picks the informative columns,
a forest is trained on what is left.
"""
from sklearn.datasets import fetch_openml
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

X, y = fetch_openml("madelon", version=1, return_X_y=True, as_frame=False)

sel = SelectFromModel(LogisticRegression(penalty="l1", solver="liblinear", C=0.05).fit(X, y), prefit=True)
X_sel = sel.transform(X)

Xtr, Xte, ytr, yte = train_test_split(X_sel, y, random_state=0)
print(RandomForestClassifier(n_estimators=300, random_state=0).fit(Xtr, ytr).score(Xte, yte))
