import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

X = np.load("wdbc_features.npy")
y = np.load("wdbc_diagnosis.npy")
X_train, X_test, y_train, y_test = train_test_split(StandardScaler().fit_transform(X), y, test_size=0.3, random_state=0)
print(KNeighborsClassifier(5).fit(X_train, y_train).score(X_test, y_test))
