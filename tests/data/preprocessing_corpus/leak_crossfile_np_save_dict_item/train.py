import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

data = np.load("occupancy.npy", allow_pickle=True).item()
X, y = data["X"], data["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=42)
print(SVC(gamma="scale").fit(X_train, y_train).score(X_test, y_test))
