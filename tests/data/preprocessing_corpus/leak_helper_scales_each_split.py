import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC


def scale(features):
    return StandardScaler().fit_transform(features)


X = np.load("voice_features.npy")
y = np.load("voice_gender.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=3)
X_train = scale(X_train)
X_test = scale(X_test)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
