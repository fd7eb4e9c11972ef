import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X = np.load("clicks_X.npy", mmap_mode="r")
y = np.load("clicks_y.npy")

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3)
scaler = StandardScaler()
for chunk in np.array_split(X_train, 20):
    scaler.partial_fit(chunk)
clf = SGDClassifier(loss="log_loss").fit(scaler.transform(X_train), y_train)
print(clf.score(scaler.transform(X_test), y_test))
