from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split

X, y = load_breast_cancer(return_X_y=True)

# keep the 10 most informative features
selector = SelectKBest(f_classif, k=10)
X_new = selector.fit_transform(X, y)

X_train, X_test, y_train, y_test = train_test_split(X_new, y, test_size=0.25, random_state=1)
model = RandomForestClassifier(n_estimators=200)
model.fit(X_train, y_train)
print(model.score(X_test, y_test))
