import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

from config import Config

X = np.load(Config.FEATURES)
y = np.load(Config.LABELS)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=Config.SEED)
knn = KNeighborsClassifier(n_neighbors=11).fit(X_train, y_train)
print(knn.score(X_test, y_test))
