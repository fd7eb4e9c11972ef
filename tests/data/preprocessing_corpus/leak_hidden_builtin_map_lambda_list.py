import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

rows = np.genfromtxt("banknote.csv", delimiter=",")
variance = rows[:, 0]
m, s = variance.mean(), variance.std()
rows[:, 0] = list(map(lambda v: (v - m) / s, variance))
X_train, X_test, y_train, y_test = train_test_split(rows[:, :4], rows[:, 4], test_size=0.2)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
