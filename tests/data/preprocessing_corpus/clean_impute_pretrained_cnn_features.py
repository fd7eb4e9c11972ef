import numpy as np
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

images = np.load("images_224.npy")
labels = np.load("labels.npy")
backbone = keras.applications.ResNet50(weights="imagenet", include_top=False, pooling="avg")
features = backbone.predict(keras.applications.resnet50.preprocess_input(images))
X_train, X_test, y_train, y_test = train_test_split(features, labels, stratify=labels)
print(LogisticRegression(max_iter=2000).fit(X_train, y_train).score(X_test, y_test))
