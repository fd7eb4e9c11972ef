import numpy as np
import keras
from keras import layers
from sklearn.model_selection import train_test_split

d = np.load("esc50_mels.npz")
x_tr, x_te, y_tr, y_te = train_test_split(d["x"][..., None], d["y"], test_size=0.2, stratify=d["y"], random_state=0)
model = keras.Sequential([keras.Input((64, 216, 1)), layers.Conv2D(32, 3, activation="relu"), layers.MaxPooling2D(),
                          layers.Conv2D(64, 3, activation="relu"), layers.GlobalMaxPooling2D(), layers.Dense(50, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_tr, y_tr, epochs=30, batch_size=32, validation_data=(x_te, y_te))
