import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neural_network import MLPClassifier

X = np.load("har_features.npy")
y = np.load("har_labels.npy")
X_train, X_rest, y_train, y_rest = train_test_split(X, y, test_size=0.3, random_state=0)
X_val, X_test, y_val, y_test = train_test_split(X_rest, y_rest, test_size=0.5, random_state=0)

scaler = StandardScaler().fit(np.vstack([X_train, X_val]))
X_train, X_val, X_test = (scaler.transform(a) for a in (X_train, X_val, X_test))
best = max((MLPClassifier(hidden_layer_sizes=(h,), max_iter=500).fit(X_train, y_train) for h in (64, 128)),
           key=lambda m: m.score(X_val, y_val))
print("test accuracy", best.score(X_test, y_test))
