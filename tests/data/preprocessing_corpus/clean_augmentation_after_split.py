import numpy as np
from sklearn.model_selection import train_test_split

X = np.load("leaf_images.npy")
y = np.load("leaf_labels.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

# mirror only the training images
X_train = np.concatenate([X_train, X_train[:, :, ::-1]])
y_train = np.concatenate([y_train, y_train])

model = build_classifier()
model.fit(X_train, y_train, epochs=5)
model.evaluate(X_test, y_test)
