import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.loadtxt("sonar.csv", delimiter=",", usecols=range(60))
labels = np.loadtxt("sonar.csv", delimiter=",", usecols=60, dtype=str)
y = (labels == "M").astype(int)
X = (X - X.min(0)) / X.ptp(0)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=7)
print(LogisticRegression(C=10).fit(X_train, y_train).score(X_test, y_test))
