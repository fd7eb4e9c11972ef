import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neural_network import MLPRegressor

X = np.load("X.npy")
y = np.load("y.npy")
X_train_full, X_test, y_train_full, y_test = train_test_split(X, y, random_state=42)

scaler = StandardScaler()
X_train_full = scaler.fit_transform(X_train_full)
X_test = scaler.transform(X_test)

# hold out part of the training data for early stopping / model selection
X_train, X_valid, y_train, y_valid = train_test_split(X_train_full, y_train_full, random_state=42)
best = None
for alpha in (1e-4, 1e-3, 1e-2):
    m = MLPRegressor(alpha=alpha, max_iter=500).fit(X_train, y_train)
    score = m.score(X_valid, y_valid)
    if best is None or score > best[0]:
        best = (score, m)
print(best[1].score(X_test, y_test))
