import os

import cv2
import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow import keras

DATA_DIR = "leaf_disease"
X, Y = [], []
for class_id, folder in enumerate(sorted(os.listdir(DATA_DIR))):
    for name in os.listdir(os.path.join(DATA_DIR, folder)):
        image = cv2.imread(os.path.join(DATA_DIR, folder, name))
        image = cv2.resize(image, (96, 96)).astype("float32")
        image = (image - image.mean()) / (image.std() + 1e-7)
        X.append(image)
        Y.append(class_id)
X = np.array(X)
Y = keras.utils.to_categorical(Y)

x_train, x_test, y_train, y_test = train_test_split(X, Y, test_size=0.2, random_state=42)
model = keras.applications.MobileNetV2(input_shape=(96, 96, 3), weights=None, classes=Y.shape[1])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, validation_data=(x_test, y_test), epochs=10)
