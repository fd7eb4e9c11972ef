import numpy as np
from sklearn.preprocessing import MinMaxScaler
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

images = np.load("fashion_images.npy")
labels = np.load("fashion_labels.npy")
flat = images.reshape(len(images), -1).astype("float64")
flat = MinMaxScaler().fit_transform(flat)
x_tr, x_te, y_tr, y_te = train_test_split(flat, labels, test_size=0.2, random_state=0)
print(MLPClassifier(hidden_layer_sizes=(256,), max_iter=20).fit(x_tr, y_tr).score(x_te, y_te))
