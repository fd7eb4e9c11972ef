import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


def make_normaliser(matrix):
    centre = np.median(matrix, axis=0)
    spread = np.subtract(*np.percentile(matrix, [75, 25], axis=0))

    def normalise(m):
        return (m - centre) / np.where(spread == 0, 1, spread)
    return normalise


X = np.load("eeg_eye_state_X.npy")
y = np.load("eeg_eye_state_y.npy")
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
norm = make_normaliser(X_tr)
print(LogisticRegression(max_iter=1000).fit(norm(X_tr), y_tr).score(norm(X_te), y_te))
