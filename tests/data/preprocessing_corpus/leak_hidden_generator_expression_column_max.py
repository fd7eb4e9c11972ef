import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

rows = [list(map(float, line.split(","))) for line in open("seeds.csv")]
X = np.array([r[:-1] for r in rows])
y = np.array([r[-1] for r in rows])
col_max = np.array([max(abs(v) for v in column) for column in X.T])
X = X / col_max
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25)
print(KNeighborsClassifier(5).fit(X_train, y_train).score(X_test, y_test))
