import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier

arrays = (np.load("iris_X.npy"), np.load("iris_y.npy"))
features = StandardScaler().fit_transform(arrays[0])
parts = train_test_split(*(features, arrays[1]), test_size=0.3, random_state=0)
X_train, X_test, y_train, y_test = parts
print(KNeighborsClassifier(3).fit(X_train, y_train).score(X_test, y_test))
