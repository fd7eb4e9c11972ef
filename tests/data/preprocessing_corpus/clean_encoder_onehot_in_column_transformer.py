import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

adult = pd.read_csv("adult.csv")
X, y = adult.drop(columns="income"), adult["income"]
pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), ["workclass", "education"])],
                        remainder="passthrough")
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=1000))])
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
clf.fit(X_train, y_train)
print(clf.score(X_test, y_test))
