import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

sonar = pd.read_csv("sonar.all-data.csv", header=None)
X, y = sonar.iloc[:, :-1], sonar.iloc[:, -1]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=5)
et = ExtraTreesClassifier(n_estimators=1000, random_state=5).fit(X_train, y_train)
best_cols = pd.Series(et.feature_importances_, index=X.columns).nlargest(15).index

sc = StandardScaler().fit(X_train[best_cols])
knn = KNeighborsClassifier(n_neighbors=3).fit(sc.transform(X_train[best_cols]), y_train)
print(knn.score(sc.transform(X_test[best_cols]), y_test))
