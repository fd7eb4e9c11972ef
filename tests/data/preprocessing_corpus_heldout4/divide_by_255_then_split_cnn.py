import numpy as np
import keras
from keras import layers
from sklearn.model_selection import train_test_split

arr = np.load("gtsrb_32.npz")
x = arr["images"].astype("float32") / 255.0
y = arr["labels"]
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, stratify=y, random_state=0)

model = keras.Sequential([keras.Input((32, 32, 3)), layers.Conv2D(32, 3, activation="relu"), layers.MaxPooling2D(),
                          layers.Conv2D(64, 3, activation="relu"), layers.Flatten(), layers.Dense(43, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=10, batch_size=128)
