import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

hr = np.loadtxt("heart_rate.csv", delimiter=",", skiprows=1)
signal = hr[:, 0].copy()
for i in range(1, len(signal)):
    if np.isnan(signal[i]):
        signal[i] = signal[i - 1]
X = np.column_stack([signal, hr[:, 1]])
X_train, X_test, y_train, y_test = train_test_split(X, hr[:, 2], test_size=0.25, shuffle=True)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
