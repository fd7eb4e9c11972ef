import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

df = pd.read_csv("gene_expression.csv")
X = df.drop(columns=["sample_id", "tumour"])
y = df["tumour"]

ranker = RandomForestClassifier(n_estimators=1000, random_state=0, n_jobs=-1)
ranker.fit(X, y)
selector = SelectFromModel(ranker, prefit=True, threshold="1.5*mean")
X_small = selector.transform(X)
print("kept", X_small.shape[1], "of", X.shape[1], "genes")

X_train, X_test, y_train, y_test = train_test_split(X_small, y, test_size=0.3, stratify=y, random_state=0)
svm = LinearSVC(C=0.1, max_iter=20000).fit(X_train, y_train)
print("test accuracy:", svm.score(X_test, y_test))
