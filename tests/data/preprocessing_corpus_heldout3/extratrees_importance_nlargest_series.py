import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

sonar = pd.read_csv("sonar.all-data.csv", header=None)
X, y = sonar.iloc[:, :-1], sonar.iloc[:, -1]
et = ExtraTreesClassifier(n_estimators=1000, random_state=5).fit(X, y)
imp = pd.Series(et.feature_importances_, index=X.columns)
best_cols = imp.nlargest(15).index

X_train, X_test, y_train, y_test = train_test_split(X[best_cols], y, test_size=0.3, random_state=5)
sc = StandardScaler().fit(X_train)
knn = KNeighborsClassifier(n_neighbors=3).fit(sc.transform(X_train), y_train)
print(knn.score(sc.transform(X_test), y_test))
