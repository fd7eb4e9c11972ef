import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

X = np.load("spam_features.npy")
y = np.load("spam_labels.npy")
X = StandardScaler().fit_transform(X)
rng = np.random.RandomState(42)
shuffled = rng.permutation(len(X))
cut = int(0.8 * len(X))
first, second = shuffled[:cut], shuffled[cut:]
clf = LogisticRegression().fit(X[first], y[first])
print("accuracy on unseen mails", clf.score(X[second], y[second]))
