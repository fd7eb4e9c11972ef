import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

X = np.load("letter_recognition_X.npy")
y = np.load("letter_recognition_y.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.fit_transform(X_test)
print(MLPClassifier(max_iter=300).fit(X_train, y_train).score(X_test, y_test))
