import numpy as np
from sklearn.model_selection import KFold
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVR

X = np.load("solar_features.npy")
y = np.load("solar_output.npy")
X = MinMaxScaler().fit_transform(X)
for tr, te in KFold(n_splits=4, shuffle=True, random_state=1).split(X):
    model = SVR().fit(np.take(X, tr, axis=0), np.take(y, tr))
    print(model.score(np.take(X, te, axis=0), np.take(y, te)))
