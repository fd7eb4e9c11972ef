# Train and evaluate the classifier with the stored scaler.
import joblib
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

data = np.loadtxt("data/wdbc.csv", delimiter=",", skiprows=1)
X, y = data[:, 1:], data[:, 0]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)

scaler = joblib.load("artifacts/scaler.joblib")
clf = LogisticRegression(max_iter=1000).fit(scaler.transform(X_train), y_train)
print("test accuracy", clf.score(scaler.transform(X_test), y_test))
