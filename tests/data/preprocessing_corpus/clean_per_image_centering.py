import numpy as np
from sklearn.model_selection import train_test_split

X = np.load("patches.npy").astype("float32")  # (N, 32, 32, 3)
y = np.load("patch_labels.npy")
# subtract each image's own mean brightness and divide by its own contrast
X = X - X.mean(axis=(1, 2, 3), keepdims=True)
X = X / (X.std(axis=(1, 2, 3), keepdims=True) + 1e-6)

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=0)
model = get_model()
model.fit(X_train, y_train, validation_data=(X_val, y_val))
