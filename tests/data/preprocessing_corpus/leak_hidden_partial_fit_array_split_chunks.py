import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X = np.load("clicks_X.npy", mmap_mode="r")
y = np.load("clicks_y.npy")

scaler = StandardScaler()
for chunk in np.array_split(X, 20):
    scaler.partial_fit(chunk)
X_std = scaler.transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_std, y, test_size=0.2, random_state=3)
clf = SGDClassifier(loss="log_loss").fit(X_train, y_train)
print(clf.score(X_test, y_test))
